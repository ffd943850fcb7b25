package dev.sluice.environment.local;

import dev.sluice.environment.Secrets;
import dev.sluice.sdk.ConnectAccess;
import dev.sluice.sdk.Redactor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local environment secured like a team's shared one ({@code sluice.secure=true}): the broker
 * accepts SASL/SCRAM clients only, and the worker's REST API answers HTTPS only (a key pair made
 * for the run) behind Kafka's own basic-auth extension. Credentials are generated per run and registered as secrets. {@link #NONE} leaves
 * everything open.
 */
record LocalSecurity(String kafkaUser, String kafkaPassword, String connectUser, String connectPassword, TlsFiles tls) {
    static final LocalSecurity NONE = new LocalSecurity(null, null, null, null, null);
    static final String MECHANISM = "SCRAM-SHA-256";
    private static final String BASIC_AUTH_EXTENSION =
            "org.apache.kafka.connect.rest.basic.auth.extension.BasicAuthSecurityRestExtension";

    /** Fresh credentials, and a key pair for the REST API's HTTPS listener written under {@code dir}. */
    static LocalSecurity generated(Path dir) {
        LocalSecurity security = new LocalSecurity(
                "sluice",
                Secrets.generate(),
                "sluice",
                Secrets.generate(),
                TlsFiles.generate(dir.resolve("tls").toAbsolutePath()));
        Redactor.register(security.kafkaPassword);
        Redactor.register(security.connectPassword);
        return security;
    }

    /** The REST API's scheme: HTTPS when secured. */
    String restScheme() {
        return secured() ? "https" : "http";
    }

    boolean secured() {
        return kafkaUser != null;
    }

    /** What every Kafka client needs here: the security protocol, the mechanism and the login. */
    Map<String, String> clientSettings() {
        if (!secured()) {
            return Map.of();
        }
        Map<String, String> c = new LinkedHashMap<>();
        c.put("security.protocol", "SASL_PLAINTEXT");
        c.put("sasl.mechanism", MECHANISM);
        c.put("sasl.jaas.config", scramLogin());
        return c;
    }

    ConnectAccess connectAccess() {
        return secured()
                ? new ConnectAccess(connectUser, connectPassword, tls.trustStore(), tls.password())
                : ConnectAccess.OPEN;
    }

    /** The broker's client listener: SASL_PLAINTEXT with SCRAM when secured, PLAINTEXT otherwise. */
    String listenerName() {
        return secured() ? "SASL_PLAINTEXT" : "PLAINTEXT";
    }

    /** Broker settings for the SASL listener, which also carries the broker's own (inter-broker) traffic. */
    Map<String, String> brokerSettings() {
        if (!secured()) {
            return Map.of();
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        p.put("sasl.enabled.mechanisms", MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        p.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config", scramLogin());
        return p;
    }

    /** Arguments of the storage format that create the SCRAM user before the broker first starts. */
    List<String> formatArguments() {
        return secured()
                ? List.of("--add-scram", MECHANISM + "=[name=" + kafkaUser + ",password=" + kafkaPassword + "]")
                : List.of();
    }

    /** Worker settings: its own clients, the connectors' clients, and the REST extension. */
    Map<String, String> workerSettings() {
        if (!secured()) {
            return Map.of();
        }
        Map<String, String> client = clientSettings();
        Map<String, String> p = new LinkedHashMap<>(client);
        for (String prefix : List.of("producer.", "consumer.", "admin.")) {
            client.forEach((key, value) -> p.put(prefix + key, value));
        }
        p.put("rest.extension.classes", BASIC_AUTH_EXTENSION);
        // HTTPS: the listener's key, and the trust the worker's own REST client needs to reach its group.
        p.put("rest.advertised.listener", "https");
        p.put("listeners.https.ssl.keystore.type", "PKCS12");
        p.put("listeners.https.ssl.keystore.location", tls.keyStore().toString());
        p.put("listeners.https.ssl.keystore.password", tls.password());
        p.put("listeners.https.ssl.key.password", tls.password());
        p.put("listeners.https.ssl.truststore.type", "PKCS12");
        p.put("listeners.https.ssl.truststore.location", tls.trustStore().toString());
        p.put("listeners.https.ssl.truststore.password", tls.password());
        return p;
    }

    /** The worker's JVM options: where the basic-auth extension's JAAS configuration is (written here). */
    List<String> workerJvmOptions(Path dir) {
        if (!secured()) {
            return List.of();
        }
        Path credentials = dir.resolve("connect-credentials.properties");
        LocalFiles.writeString(credentials, connectUser + "=" + connectPassword + "\n");
        Path jaas = dir.resolve("connect-jaas.conf");
        LocalFiles.writeString(
                jaas,
                "KafkaConnect {\n  org.apache.kafka.connect.rest.basic.auth.extension.PropertyFileLoginModule required\n"
                        + "  file=\"" + credentials + "\";\n};\n");
        return List.of("-Djava.security.auth.login.config=" + jaas);
    }

    private String scramLogin() {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + kafkaUser
                + "\" password=\"" + kafkaPassword + "\";";
    }

    @Override
    public String toString() {
        return secured() ? "secured: SASL/SCRAM, REST over HTTPS with basic authentication" : "open";
    }
}
