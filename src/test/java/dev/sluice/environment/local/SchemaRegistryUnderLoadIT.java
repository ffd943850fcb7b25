package dev.sluice.environment.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.environment.Settings;
import dev.sluice.environment.service.Credentials;
import dev.sluice.registry.RegistryClient;
import dev.sluice.registry.RegistryEndpoint;
import dev.sluice.registry.SchemaRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The schema registry as the local environment runs it, under the load of a suite: several
 * pipelines' converters register schemas at the same moment. Apicurio 2.4's H2 storage draws its
 * ids with a read-then-update of a sequences table, so concurrent registrations on separate
 * connections got the same content id and failed ("Unique index or primary key violation ...
 * CONTENT(TENANTID, CONTENTID)"), which failed a Debezium task in CI: without Sluice's
 * serialised writes (RegistryBuild) 119 of 160 failed. Each client also sets its subjects'
 * compatibility and adds a second version, the paths where the storage opens a connection inside
 * another (a pool of one connection hung there). This fails when any call fails or two schemas
 * share an id.
 */
class SchemaRegistryUnderLoadIT {
    private static final int CLIENTS = 8;
    private static final int SCHEMAS_EACH = 20;

    private final RunDirectory run = RunDirectory.create(Path.of("target", "registry-load-it"));
    private PluggedProcess registry;

    @AfterEach
    void stop() {
        if (registry != null) {
            registry.stop();
        }
        run.delete();
    }

    @Test
    void concurrentRegistrationsEachGetTheirOwnId() throws Exception {
        registry = new PluggedProcess(new SchemaRegistry(), run, Settings.fromJvm(), Credentials.generate());
        registry.start();
        RegistryClient client = new RegistryClient((RegistryEndpoint) registry.address());

        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> ids = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int clientNo = c;
                clients.add(pool.submit(() -> {
                    for (int s = 0; s < SCHEMAS_EACH; s++) {
                        String subject = "load_" + clientNo + "_" + s + "-value";
                        String record = "R" + clientNo + "_" + s;
                        try {
                            ids.add(client.register(subject, schema(record, "")));
                            client.requireCompatibility(subject, "BACKWARD");
                            ids.add(client.register(subject, schema(record, OPTIONAL_FIELD)));
                        } catch (Exception e) { // rest-assured rethrows a read timeout unchecked
                            failures.add(subject + ": " + e.getMessage());
                        }
                    }
                }));
            }
            for (Future<?> c : clients) {
                c.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures).as("registrations that failed").isEmpty();
        Set<Integer> distinct = new HashSet<>(ids);
        assertThat(distinct).as("ids of %d different schemas", ids.size()).hasSize(2 * CLIENTS * SCHEMAS_EACH);
    }

    private static final String OPTIONAL_FIELD = ",{\"name\":\"g\",\"type\":[\"null\",\"long\"],\"default\":null}";

    private static String schema(String name, String moreFields) {
        return "{\"type\":\"record\",\"name\":\"" + name + "\",\"fields\":[{\"name\":\"f\",\"type\":\"string\"}"
                + moreFields + "]}";
    }
}
