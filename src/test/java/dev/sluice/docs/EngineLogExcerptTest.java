package dev.sluice.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EngineLogExcerptTest {
    private static final List<String> LOG = List.of(
            "[06:39:47.109] INFO 127.0.0.1 - - [02/Dec/2026:06:39:47 +0000] \"GET /connectors/sluice-s1-out-source/status"
                    + " HTTP/1.1\" 404 93 \"\" \"Apache-HttpClient/4.5.13 (Java/17.0.15)\" 43 (RestServer)",
            "[06:39:47.200] INFO [Worker clientId=connect-1] Connector sluice-s1-out-source config updated (DistributedHerder)",
            "[06:39:47.300] INFO Kafka version: 4.1.1 (AppInfoParser)",
            "[06:39:48.000] ERROR WorkerSourceTask{id=sluice-s1-out-source-0} Task threw an uncaught exception (WorkerTask)",
            "org.apache.kafka.connect.errors.ConnectException: boom",
            "\tat io.debezium.Foo.bar(Foo.java:1)",
            "[06:39:48.100] INFO 127.0.0.1 - - [02/Dec/2026:06:39:48 +0000] \"GET /connectors/sluice-s1-out-source/status"
                    + " HTTP/1.1\" 200 156 \"\" \"Apache-HttpClient/4.5.13 (Java/17.0.15)\" 35 (RestServer)",
            "[06:39:49.000] WARN Another scenario's trouble (WorkerSinkTask)",
            "[06:39:49.100] INFO Advertised URI: http://127.0.0.1:37691/ (RestServer)");

    @Test
    void keepsTheConnectorsLinesWarningsAndErrorsWithTracesAndDropsStatusPolls() {
        assertThat(EngineLogExcerpt.of(LOG, List.of("sluice-s1-out-source"), 150))
                .containsExactly(
                        LOG.get(1),
                        LOG.get(3),
                        LOG.get(4),
                        LOG.get(5),
                        "[06:39:49.000] WARN Another scenario's trouble (WorkerSinkTask)");
    }

    @Test
    void keepsTheLastLinesWithinTheLimit() {
        assertThat(EngineLogExcerpt.of(LOG, List.of("sluice-s1-out-source"), 2))
                .containsExactly(LOG.get(5), LOG.get(7));
    }
}
