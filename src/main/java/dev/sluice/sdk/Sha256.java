package dev.sluice.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest written as hex: the names of caches and records (what defines them, in a short name) and the
 * fingerprints of secrets. Every JDK has the algorithm, so no caller handles its absence.
 */
public final class Sha256 {
    private final MessageDigest digest;

    private Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static Sha256 digest() {
        return new Sha256();
    }

    /** The whole hex digest of one text, as UTF-8. */
    public static String hexOf(String text) {
        return digest().add(text).hex();
    }

    public Sha256 add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text and a line end, so that ("ab", "c") and ("a", "bc") differ. */
    public Sha256 addLine(String text) {
        return add(text + "\n");
    }

    public Sha256 add(byte[] bytes) {
        digest.update(bytes);
        return this;
    }

    /** A file's contents, streamed. */
    public Sha256 addContents(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + " to digest it", e);
        }
        return this;
    }

    /** A class-path resource's contents; nothing when there is no such resource. */
    public Sha256 addResource(String resource) {
        try (InputStream in = Sha256.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                digest.update(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the resource " + resource + " to digest it", e);
        }
        return this;
    }

    /** The digest of one class's bytecode, as the class loader that loaded Sluice finds it. */
    public Sha256 addClass(String className) {
        return addResource(className.replace('.', '/') + ".class");
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The first {@code length} hex characters: a name, where a collision costs a cache miss at worst. */
    public String hex(int length) {
        return hex().substring(0, length);
    }
}
