package dev.sluice.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.sdk.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretScannerTest {
    @TempDir
    Path dir;

    @Test
    void findsAPlantedSecretByItsFingerprintOnly() throws Exception {
        String secret = "Zq3_x8Kp-Lm2Nv7Rt5Ws1Yb4";
        Files.writeString(dir.resolve("report.json"), "{\"a\":1}\n{\"connection.password\":\"" + secret + "\"}\n");
        Files.writeString(dir.resolve("clean.log"), "password=****\n" + secret + "X is another token\n");

        List<String> hits = SecretScanner.findSecrets(Set.of(Redactor.fingerprint(secret)), List.of(dir));

        assertThat(hits).containsExactly(dir.resolve("report.json") + ":2");
    }
}
