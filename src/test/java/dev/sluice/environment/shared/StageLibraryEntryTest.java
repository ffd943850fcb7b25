package dev.sluice.environment.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.environment.Settings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageLibraryEntryTest {
    private static Settings settings(String stageLibraries) {
        return new Settings(Map.of(Settings.STAGE_LIBRARIES, stageLibraries), Map.of(), Map.of());
    }

    private static Settings settings(String stageLibraries, String key, String value) {
        return new Settings(Map.of(Settings.STAGE_LIBRARIES, stageLibraries, key, value), Map.of(), Map.of());
    }

    @Test
    void knownNamesCoordinatesAndPathsMixInOneSetting() {
        var entries = StageLibraryEntry.all(
                settings("debezium-jdbc, org.apache.kafka:connect-file:4.1.1,"
                        + "io.debezium:debezium-connector-mysql:3.3.1.Final:tar.gz:plugin, path:plugins/ours.zip"),
                Path.of("/team"));

        assertThat(entries.get(0)).isInstanceOf(StageLibraryEntry.Known.class);
        assertThat(entries.get(0).version()).isEqualTo("3.6.0.Final");
        var jar = (StageLibraryEntry.Coordinates) entries.get(1);
        assertThat(jar.isArchive()).isFalse();
        assertThat(jar.forResolver()).isEqualTo("org.apache.kafka:connect-file:jar:4.1.1");
        assertThat(jar.id()).isEqualTo("connect-file");
        var archive = (StageLibraryEntry.Coordinates) entries.get(2);
        assertThat(archive.isArchive()).isTrue();
        assertThat(archive.forResolver()).isEqualTo("io.debezium:debezium-connector-mysql:tar.gz:plugin:3.3.1.Final");
        var path = (StageLibraryEntry.LocalPath) entries.get(3);
        assertThat(path.path()).isEqualTo(Path.of("/team/plugins/ours.zip"));
        assertThat(path.id()).isEqualTo("path-ours");
    }

    @Test
    void theVersionCoreStandsForTheCoresVersion() {
        Settings onOldCore = settings("org.apache.kafka:connect-file:{core}", Settings.KAFKA_VERSION, "3.7.2");
        var entry = (StageLibraryEntry.Coordinates)
                StageLibraryEntry.all(onOldCore, Path.of("")).get(0);
        assertThat(entry.forResolver()).isEqualTo("org.apache.kafka:connect-file:jar:3.7.2");
    }

    @Test
    void oneLibraryOfAFamilyCanHaveAVersionOfItsOwn() {
        Settings oneUpgraded = settings(
                "debezium-postgres,debezium-jdbc",
                StageLibraryEntry.versionSetting("debezium-postgres"),
                "3.6.1.Final");
        var entries = StageLibraryEntry.all(oneUpgraded, Path.of(""));

        assertThat(entries.get(0).version()).isEqualTo("3.6.1.Final");
        assertThat(entries.get(1).version()).isEqualTo("3.6.0.Final");
    }

    @Test
    void aMalformedEntrySaysWhatAnEntryMayBe() {
        assertThatThrownBy(() -> StageLibraryEntry.all(settings("org.apache.kafka:connect-file"), Path.of("")))
                .hasMessageContaining("'org.apache.kafka:connect-file'")
                .hasMessageContaining("groupId:artifactId:version[:extension[:classifier]]")
                .hasMessageContaining("path:<dir-or-archive>");
        assertThatThrownBy(() -> StageLibraryEntry.all(settings("path:"), Path.of("")))
                .hasMessageContaining("path: needs a directory or an archive");
        assertThatThrownBy(() -> StageLibraryEntry.all(settings("debezium-oracle"), Path.of("")))
                .hasMessageContaining("Unknown stage library 'debezium-oracle'");
    }
}
