package dev.sluice.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.sdk.system.ConnectorContext;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.Services;
import dev.sluice.sdk.system.SinkInput;
import dev.sluice.sdk.system.StageLibrary;
import dev.sluice.sdk.system.SystemSession;
import dev.sluice.sdk.system.Systems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The matrix feature covers the registry: every supported pair, every refused one, and is up to date. */
class MatrixFeatureTest {
    private static final Path FEATURE = Path.of(ConformanceMatrix.FEATURE);

    @Test
    void theCheckedInFeatureIsWhatTheRegistryGenerates() throws IOException {
        String generated = MatrixFeature.text(Systems.all());
        if (Boolean.getBoolean("sluice.matrix.write")) {
            Files.createDirectories(FEATURE.getParent());
            Files.writeString(FEATURE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(FEATURE))
                .as(FEATURE
                        + " is missing: write it with mvn -o test -Dtest=MatrixFeatureTest -Dsluice.matrix.write=true")
                .isTrue();
        assertThat(Files.readString(FEATURE, StandardCharsets.UTF_8))
                .as(FEATURE + " is not what the registry generates (a system was added, changed or removed): write it "
                        + "again with mvn -o test -Dtest=MatrixFeatureTest -Dsluice.matrix.write=true")
                .isEqualTo(generated);
    }

    @Test
    void everySupportedPairHasAScenarioAndEveryOtherOneARefusal() throws IOException {
        String text = Files.readString(FEATURE, StandardCharsets.UTF_8);
        assertThat(ConformanceMatrix.mismatches(text, Systems.all())).isEmpty();
        List<String> supported = ConformanceMatrix.cells(Systems.all()).stream()
                .filter(ConformanceMatrix.Cell::supported)
                .map(ConformanceMatrix.Cell::name)
                .toList();
        assertThat(supported).containsExactlyInAnyOrderElementsOf(Systems.supportedPipelines());
        ConformanceMatrix.cells(Systems.all()).stream()
                .filter(c -> !c.supported())
                .forEach(c -> assertThat(text)
                        .contains("  Scenario: " + c.name() + "\n")
                        .contains("fails with an error mentioning \"("
                                + c.origin().phrase() + "s are destinations only)\""));
    }

    @Test
    void aSystemRegisteredWithoutItsCellsIsNamed() throws IOException {
        String text = Files.readString(FEATURE, StandardCharsets.UTF_8);
        List<DataSystem> withNewcomer = new ArrayList<>(Systems.all());
        withNewcomer.add(new Newcomer());

        List<String> problems = ConformanceMatrix.mismatches(text, withNewcomer);

        assertThat(problems)
                .contains(
                        "no scenario for the cell Warehouse table → PostgreSQL table",
                        "no scenario for the cell PostgreSQL table → Warehouse table",
                        "no scenario for the cell Warehouse table → Warehouse table");
        assertThat(MatrixFeature.text(withNewcomer)).contains("  Scenario: Kafka topic → Warehouse table\n");
    }

    @Test
    void tablesAreAlignedByCharacters() {
        assertThat(MatrixFeature.table(List.of("id", "note"), List.of("1", "Zoë 用户")))
                .isEqualTo("      | id | note   |\n      | 1  | Zoë 用户 |\n");
    }

    /** A system a team could register: a table of some other database, origin and destination. */
    private static final class Newcomer implements DataSystem {
        @Override
        public Traits traits() {
            return new Traits("warehouse", "Warehouse table", "facts", "letters", true, true);
        }

        @Override
        public Endpoint endpoint(String name) {
            throw new UnsupportedOperationException("not needed to list cells");
        }

        @Override
        public List<StageLibrary> stageLibraries() {
            return List.of();
        }

        @Override
        public Optional<Map<String, String>> source(
                Endpoint origin, OriginSchema schema, String topic, ConnectorContext context) {
            return Optional.empty();
        }

        @Override
        public Optional<Map<String, String>> sink(
                String topic, Endpoint destination, SinkInput input, ConnectorContext context) {
            return Optional.empty();
        }

        @Override
        public SystemSession open(Services services, Namespace namespace) {
            throw new UnsupportedOperationException("not needed to list cells");
        }
    }
}
