package dev.sluice.report;

import dev.sluice.sdk.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the run's secrets in what the run wrote, without knowing them: the suite leaves SHA-256
 * fingerprints of its generated secrets, and every secret-shaped token of every report and log is
 * hashed and compared.
 */
public final class SecretScanner {
    public static final Path FINGERPRINTS = Path.of("target", "sluice", "secret-fingerprints");
    /** Generated secrets are URL-safe base64 of 18 random bytes: 24 characters. */
    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{16,64}(?![A-Za-z0-9_-])");

    private SecretScanner() {}

    public static void writeFingerprints(List<String> fingerprints) {
        try {
            Files.createDirectories(FINGERPRINTS.getParent());
            Files.write(FINGERPRINTS, fingerprints);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code file:line} of every place a secret with one of the fingerprints appears, under the roots. */
    public static List<String> findSecrets(Set<String> fingerprints, List<Path> roots) {
        List<String> hits = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    scan(file, fingerprints, hits);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hits;
    }

    private static void scan(Path file, Set<String> fingerprints, List<String> hits) throws IOException {
        String[] lines = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\n");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = TOKEN.matcher(lines[i]);
            while (m.find()) {
                if (seen.add(m.group()) && fingerprints.contains(Redactor.fingerprint(m.group()))) {
                    hits.add(file + ":" + (i + 1));
                }
            }
        }
    }
}
