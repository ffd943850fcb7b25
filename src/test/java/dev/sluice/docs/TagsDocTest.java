package dev.sluice.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reference's list of tags is every tag the features use, so a new tag cannot be left out of it. */
class TagsDocTest {
    private static final Path PAGE = Path.of("src/site/markdown/features.md");
    private static final String START = "<!-- tags: generated from features/, checked by TagsDocTest -->\n";
    private static final String END = "<!-- end of tags -->";
    /** A tag line: only tags (and a comment after them), as Gherkin writes them above a feature, rule or scenario. */
    private static final Pattern TAG_LINE = Pattern.compile("^\\s*(@[^\\s#]+(\\s+@[^\\s#]+)*)\\s*(#.*)?$");

    static Set<String> tagsInFeatures() throws IOException {
        Set<String> tags = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    Matcher m = TAG_LINE.matcher(line);
                    if (m.matches()) {
                        tags.addAll(Set.of(m.group(1).trim().split("\\s+")));
                    }
                }
            }
        }
        return tags;
    }

    static String list(Set<String> tags) {
        return tags.stream().map(t -> "`" + t + "`").collect(Collectors.joining(", ")) + "\n";
    }

    @Test
    void thePageListsEveryTagTheFeaturesUse() throws IOException {
        Set<String> tags = tagsInFeatures();
        assertThat(tags).contains("@faults", "@kafka");
        String page = Files.readString(PAGE);
        assertThat(page).contains(START, END);
        String listed = page.substring(page.indexOf(START) + START.length(), page.indexOf(END));
        assertThat(listed).as(PAGE + ": its list of tags; replace it with this").isEqualTo(list(tags));
    }
}
