package dev.sluice.registry;

import java.net.URI;

/**
 * A schema registry (Apicurio Registry) at {@code url}, its root; {@code user} and
 * {@code password} are null when it lets everyone in. The password is never part of {@link #toString()}.
 */
public record RegistryEndpoint(URI url, String user, String password) {

    public static RegistryEndpoint open(URI url) {
        return new RegistryEndpoint(url, null, null);
    }

    public boolean authenticates() {
        return user != null;
    }

    /** The Confluent-compatible API, which Confluent's serializers and most tools speak. */
    public String confluentApi() {
        return root() + "/apis/ccompat/v7";
    }

    /** Apicurio's own API, which Apicurio's converters speak. */
    public String apicurioApi() {
        return root() + "/apis/registry/v2";
    }

    private String root() {
        String text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public String toString() {
        return root() + (authenticates() ? " (user " + user + ")" : "");
    }
}
