package dev.sluice.environment.local;

import dev.sluice.environment.shared.FreePorts;
import dev.sluice.sdk.S3Endpoint;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3Proxy, a real S3-compatible server, with an in-memory backend, AWS v4 authentication and
 * credentials generated for the run.
 */
final class S3Server extends LocalJvmService {
    private final List<Path> classpath;
    private final int port = FreePorts.next();
    private final S3Endpoint endpoint;

    S3Server(RunDirectory run, Duration startTimeout, List<Path> classpath, String accessKey, String secretKey) {
        super(run, startTimeout);
        this.classpath = classpath;
        this.endpoint = new S3Endpoint(URI.create("http://127.0.0.1:" + port), "us-east-1", accessKey, secretKey);
    }

    @Override
    public String name() {
        return "s3";
    }

    S3Endpoint endpoint() {
        return endpoint;
    }

    @Override
    protected String describeEndpoint() {
        return endpoint.toString();
    }

    @Override
    protected ChildJvm launch() {
        Path config = run.dir("s3").resolve("s3proxy.properties");
        Properties p = new Properties();
        p.putAll(Map.of(
                "s3proxy.endpoint", endpoint.url().toString(),
                "s3proxy.authorization", "aws-v2-or-v4",
                "s3proxy.identity", endpoint.accessKey(),
                "s3proxy.credential", endpoint.secretKey(),
                "s3proxy.ignore-unknown-headers", "true",
                "jclouds.provider", "transient",
                "jclouds.identity", "local",
                "jclouds.credential", "local"));
        LocalFiles.writeProperties(config, p, "S3Proxy of Sluice run " + run.id());
        return new ChildJvm(
                name(),
                classpath,
                "org.gaul.s3proxy.Main",
                List.of("--properties", config.toString()),
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                Map.of(),
                run);
    }

    @Override
    protected List<Wait.Strategy> readiness() {
        return List.of(
                Wait.forListeningPort("127.0.0.1", port),
                Wait.until("a signed ListBuckets answered by " + endpoint.url(), () -> {
                    try (S3Client client = endpoint.newClient()) {
                        client.listBuckets();
                        return true;
                    }
                }));
    }
}
