package dev.sluice.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.StageLibrary;
import dev.sluice.sdk.system.Systems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's table of systems is what the registry says, so adding a system cannot leave it behind. */
class ReadmeSystemsTest {

    @Test
    void theReadmeTableListsEveryRegisteredSystem() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("<!-- systems-table:");
        int end = readme.indexOf("<!-- end of systems-table -->");
        assertThat(start).as("the README's systems table markers").isNotNegative();
        List<String> shown =
                readme.substring(readme.indexOf('\n', start) + 1, end).lines().toList();

        assertThat(String.join("\n", shown))
                .as("README systems table; replace it with this")
                .isEqualTo(String.join("\n", table()));
    }

    static List<String> table() {
        List<String> lines = new ArrayList<>(List.of(
                "| endpoint | system | origin | destination | names | stage libraries |",
                "| --- | --- | --- | --- | --- | --- |"));
        for (DataSystem s : Systems.all()) {
            String libraries = s.stageLibraries().isEmpty()
                    ? "— (the engine's own transport)"
                    : s.stageLibraries().stream()
                            .map(StageLibrary::id)
                            .map(id -> "`" + id + "`")
                            .collect(Collectors.joining(", "));
            lines.add("| `" + s.phrase() + " \"" + s.sampleName() + "\"` | `" + s.id() + "` | "
                    + (s.canBeOrigin() ? "yes" : "no") + " | " + (s.canBeDestination() ? "yes" : "no") + " | "
                    + s.nameRules() + " | " + libraries + " |");
        }
        return lines;
    }
}
