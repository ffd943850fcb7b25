package dev.sluice.sdk;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * How to be let into a Kafka Connect REST API: basic authentication (Kafka's
 * {@code connect-basic-auth-extension}, or a proxy in front) and, for HTTPS, a trust store.
 * {@link #OPEN} for an engine that asks for nothing.
 */
public record ConnectAccess(String user, String password, Path trustStore, String trustStorePassword) {
    public static final ConnectAccess OPEN = new ConnectAccess(null, null, null, null);

    public ConnectAccess {
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException(
                    "Kafka Connect's basic authentication needs both a user and a password (sluice.connect.user and "
                            + "sluice.connect.password); only the " + (user == null ? "password" : "user")
                            + " was given");
        }
        Redactor.register(password);
        Redactor.register(trustStorePassword);
    }

    public static ConnectAccess basic(String user, String password) {
        return new ConnectAccess(user, password, null, null);
    }

    public boolean authenticates() {
        return user != null;
    }

    /** The {@code Authorization} header's value, for clients other than rest-assured (readiness checks). */
    public Optional<String> authorizationHeader() {
        return authenticates()
                ? Optional.of("Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                : Optional.empty();
    }

    /**
     * A GET of {@code url} carrying the credentials, for clients other than rest-assured (readiness
     * and start checks); send it with {@link #httpClient}.
     */
    public java.net.http.HttpRequest.Builder get(java.net.URI url, java.time.Duration timeout) {
        java.net.http.HttpRequest.Builder request =
                java.net.http.HttpRequest.newBuilder(url).timeout(timeout).GET();
        authorizationHeader().ifPresent(h -> request.header("Authorization", h));
        return request;
    }

    /** A client that trusts the engine's certificate; build it once and reuse it, it reads the trust store. */
    public java.net.http.HttpClient httpClient(java.time.Duration connectTimeout) {
        return java.net.http.HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .sslContext(sslContext())
                .build();
    }

    /** A context trusting the trust store, for HTTPS with clients other than rest-assured; the JVM's default without one. */
    public javax.net.ssl.SSLContext sslContext() {
        try {
            if (trustStore == null) {
                return javax.net.ssl.SSLContext.getDefault();
            }
            java.security.KeyStore store = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
            try (var in = java.nio.file.Files.newInputStream(trustStore)) {
                store.load(in, trustStorePassword == null ? null : trustStorePassword.toCharArray());
            }
            javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "Cannot read the trust store " + trustStore + " (sluice.connect.truststore): " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return authenticates() ? "basic authentication as " + user : "no authentication";
    }
}
