package dev.sluice.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's SDK example is the code {@link SdkWithoutCucumberIT} compiles and runs, so it cannot rot. */
class ReadmeExampleTest {
    private static final String START = "// README example: start";
    private static final String END = "// README example: end";

    @Test
    void theReadmeShowsTheSdkTestsCode() throws IOException {
        List<String> source = Files.readAllLines(Path.of("src/test/java/dev/sluice/sdk/SdkWithoutCucumberIT.java"));
        List<String> example = normalise(
                source.subList(source.indexOf(indexed(source, START)) + 1, source.indexOf(indexed(source, END))));

        String readme = Files.readString(Path.of("src/site/markdown/sdk.md"));
        int marker = readme.indexOf("<!-- sdk-example: SdkWithoutCucumberIT -->");
        assertThat(marker)
                .as("src/site/markdown/sdk.md marks its SDK example with <!-- sdk-example: SdkWithoutCucumberIT -->")
                .isNotNegative();
        int open = readme.indexOf("```java\n", marker) + "```java\n".length();
        List<String> shown = normalise(
                List.of(readme.substring(open, readme.indexOf("```", open)).split("\n")));

        assertThat(String.join("\n", shown))
                .as("the SDK page's example (copy it from SdkWithoutCucumberIT)")
                .isEqualTo(String.join("\n", example) + "\n}");
    }

    private static String indexed(List<String> lines, String marker) {
        return lines.stream()
                .filter(l -> l.trim().equals(marker))
                .findFirst()
                .orElseThrow(() -> new AssertionError("SdkWithoutCucumberIT lost its marker " + marker));
    }

    /** Lines without the test method's indentation and without trailing blanks. */
    private static List<String> normalise(List<String> lines) {
        int indent = lines.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        return lines.stream()
                .map(l -> l.isBlank()
                        ? ""
                        : l.substring(Math.min(
                                        indent, l.length() - l.stripLeading().length()))
                                .stripTrailing())
                .dropWhile(String::isEmpty)
                .toList();
    }
}
