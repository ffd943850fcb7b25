package dev.sluice.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
    // FIPS 180-2's first example.
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void digestsTextAsUtf8() {
        assertThat(Sha256.hexOf("abc")).isEqualTo(ABC);
        assertThat(Sha256.digest().add("a").add("bc").hex()).isEqualTo(ABC);
        assertThat(Sha256.hexOf("é"))
                .isNotEqualTo(Sha256.digest().add(new byte[] {(byte) 0xe9}).hex());
    }

    @Test
    void linesKeepTheirBoundaries() {
        assertThat(Sha256.digest().addLine("ab").addLine("c").hex())
                .isNotEqualTo(Sha256.digest().addLine("a").addLine("bc").hex());
    }

    @Test
    void digestsAFilesContentsAsItsBytes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "abc");
        assertThat(Sha256.digest().addContents(file).hex()).isEqualTo(ABC);
    }

    @Test
    void aClassIsItsBytecodeAndAMissingResourceAddsNothing() {
        String empty = Sha256.digest().hex();
        assertThat(Sha256.digest().addResource("no/such/resource").hex()).isEqualTo(empty);
        assertThat(Sha256.digest().addClass(Sha256.class.getName()).hex()).isNotEqualTo(empty);
    }

    @Test
    void aShortNameIsThePrefix() {
        assertThat(Sha256.digest().add("abc").hex(12)).isEqualTo(ABC.substring(0, 12));
    }
}
