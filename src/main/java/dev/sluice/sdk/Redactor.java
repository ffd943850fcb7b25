package dev.sluice.sdk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of logs, exceptions and reports: values of configuration keys that name a
 * secret, and every secret value registered with {@link #register(String)}, become {@value #MASK}.
 */
public final class Redactor {
    public static final String MASK = "****";
    private static final Pattern SECRET_KEY =
            Pattern.compile("(?i).*(password|secret|credential|access[-._]?key|token|api[-._]?key|jaas).*");
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final Pattern JAAS_PASSWORD = Pattern.compile("password=\"([^\"]+)\"");

    private Redactor() {}

    /** Every later {@link #redact(String)} hides this value wherever it appears. */
    public static void register(String secret) {
        if (secret != null && secret.length() >= 4) {
            SECRETS.add(secret);
            // A JAAS login (sasl.jaas.config) holds its password in quotes: that password alone is a secret too.
            java.util.regex.Matcher jaas = JAAS_PASSWORD.matcher(secret);
            while (jaas.find()) {
                register(jaas.group(1));
            }
        }
    }

    /** SHA-256 of each registered secret, hex: lets a later check find secrets in files without knowing them. */
    public static java.util.List<String> fingerprints() {
        return SECRETS.stream().map(Redactor::fingerprint).sorted().toList();
    }

    public static String fingerprint(String text) {
        return Sha256.hexOf(text);
    }

    public static boolean isSecretKey(String key) {
        return SECRET_KEY.matcher(key).matches();
    }

    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : SECRETS) {
            result = result.replace(secret, MASK);
        }
        return result;
    }

    public static Map<String, String> redact(Map<String, String> config) {
        Map<String, String> copy = new LinkedHashMap<>();
        config.forEach((k, v) -> copy.put(k, isSecretKey(k) ? MASK : redact(v)));
        return copy;
    }
}
