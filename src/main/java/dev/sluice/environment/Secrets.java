package dev.sluice.environment;

import java.security.SecureRandom;
import java.util.Base64;

/** Secrets generated for one run: passwords and keys that exist nowhere else. */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** 18 random bytes, URL-safe base64: 24 characters, safe in URLs, properties and shell variables. */
    public static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
