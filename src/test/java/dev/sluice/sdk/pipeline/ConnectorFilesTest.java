package dev.sluice.sdk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorFilesTest {
    @TempDir
    Path root;

    @Test
    void aRestApiFileGivesItsNameAndConfigAndNumbersBecomeText() {
        ConnectorFiles.Connector c = ConnectorFiles.parse(
                "x.json",
                "x.json",
                "{\"name\": \"orders-cdc\", \"config\": {\"connector.class\": \"A\", \"tasks.max\": 1, \"b\": true}}");

        assertThat(c.name()).isEqualTo("orders-cdc");
        assertThat(c.config()).containsEntry("tasks.max", "1").containsEntry("b", "true");
        assertThat(c.config().keySet()).containsExactly("connector.class", "tasks.max", "b");
    }

    @Test
    void aBareConfigIsNamedAfterItsFileUnlessItSaysItsName() {
        assertThat(ConnectorFiles.parse("20-sink.json", "w", "{\"connector.class\": \"A\"}")
                        .name())
                .isEqualTo("20-sink");
        ConnectorFiles.Connector named =
                ConnectorFiles.parse("20-sink.json", "w", "{\"connector.class\": \"A\", \"name\": \"copy\"}");
        assertThat(named.name()).isEqualTo("copy");
        assertThat(named.config()).doesNotContainKey("name");
    }

    @Test
    void invalidJsonNamesFileLineAndColumn() {
        assertThatThrownBy(() -> ConnectorFiles.parse(
                        "a.json", "features/custom/a.json", "{\n  \"connector.class\": \"A\",\n  \"x\" \"y\"\n}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("features/custom/a.json is not valid JSON at line 3, column");
    }

    @Test
    void nestedValuesAndMissingClassAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> ConnectorFiles.parse("a.json", "a.json", "{\"connector.class\": \"A\", \"t\": {}}"))
                .hasMessageContaining("\"t\" in a.json must be a string, a number or a boolean");
        assertThatThrownBy(() -> ConnectorFiles.parse("a.json", "a.json", "{\"topics\": \"x\"}"))
                .hasMessageContaining("has no \"connector.class\"")
                .hasMessageContaining("[topics]");
        assertThatThrownBy(() -> ConnectorFiles.parse("a.json", "a.json", "[1]"))
                .hasMessageContaining("must be a JSON object");
    }

    @Test
    void aDirectoryIsReadInFileNameOrderAndNamesMustDiffer() throws IOException {
        Path dir = Files.createDirectories(root.resolve("pipeline"));
        Files.writeString(dir.resolve("20-sink.json"), "{\"connector.class\": \"Sink\", \"topics\": \"${topic:t}\"}");
        Files.writeString(dir.resolve("10-source.json"), "{\"connector.class\": \"Source\", \"x\": \"${slot}\"}");
        Files.writeString(dir.resolve("README.md"), "not a connector");

        ConnectorFiles files = new ConnectorFiles(root, "pipeline");
        assertThat(files.connectors())
                .extracting(ConnectorFiles.Connector::name)
                .containsExactly("10-source", "20-sink");
        assertThat(files.connectors().get(0).file()).isEqualTo("pipeline/10-source.json");
        assertThat(files.placeholders()).containsExactly("slot", "topic:t");

        Files.writeString(dir.resolve("30-again.json"), "{\"connector.class\": \"Sink\", \"name\": \"20-sink\"}");
        assertThatThrownBy(files::connectors).hasMessageContaining("Two connectors are named '20-sink'");
    }

    @Test
    void aMissingPathOrAnEmptyDirectorySaysWhatToGive() throws IOException {
        assertThatThrownBy(() -> new ConnectorFiles(root, "nowhere").connectors())
                .hasMessageContaining("No connector configuration at 'nowhere'")
                .hasMessageContaining("relative to the project root");
        Files.createDirectories(root.resolve("empty"));
        assertThatThrownBy(() -> new ConnectorFiles(root, "empty").connectors())
                .hasMessageContaining("holds no *.json file");
    }
}
