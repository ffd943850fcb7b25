package dev.sluice.sdk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.sdk.Redactor;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    private final Placeholders placeholders = new Placeholders()
            .value("pipeline", "", () -> "sluice.ns.pipeline.p")
            .server("postgres", () -> new DatabaseServer("db", 5432, "app", "pw-9f3a1c"))
            .name("topic", "kafka", name -> "sluice.ns." + name);

    @Test
    void valuesAndNamesAreReplacedInsideLongerText() {
        assertThat(placeholders.resolve("jdbc:postgresql://${postgres.host}:${ postgres.port }/x", "f"))
                .isEqualTo("jdbc:postgresql://db:5432/x");
        assertThat(placeholders.resolve("${topic:orders},${pipeline}.dlq", "f"))
                .isEqualTo("sluice.ns.orders,sluice.ns.pipeline.p.dlq");
        assertThat(placeholders.resolve("no placeholder $ here {}", "f")).isEqualTo("no placeholder $ here {}");
    }

    @Test
    void anUnknownPlaceholderNamesWhereItWasAndEveryKnownOne() {
        assertThatThrownBy(() -> placeholders.resolve("${postgres.hostname}", "a.json (\"database.hostname\")"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown placeholder ${postgres.hostname} in a.json (\"database.hostname\"). Known: "
                        + "${pipeline}, ${postgres.host}, ${postgres.password}, ${postgres.port}, ${postgres.user}, "
                        + "${topic:<name>}.");
        assertThatThrownBy(() -> placeholders.resolve("${topic:}", "f")).hasMessageContaining("Unknown placeholder");
    }

    @Test
    void aSecretValueIsRedactedOnceUsedAndUnusedValuesAreNeverComputed() {
        Placeholders lazy = new Placeholders().value("s3.endpoint", "s3", () -> {
            throw new AssertionError("started a service nobody named");
        });
        assertThat(lazy.resolve("plain", "f")).isEqualTo("plain");
        assertThat(lazy.known()).containsExactly("${s3.endpoint}");

        assertThat(placeholders.resolve("${postgres.password}", "f")).isEqualTo("pw-9f3a1c");
        assertThat(Redactor.redact("password=pw-9f3a1c")).isEqualTo("password=" + Redactor.MASK);
    }

    @Test
    void thePlaceholdersUsedTellWhichSystemsAndNamedThingsAPipelineNeeds() {
        Set<String> used = Placeholders.usedIn("${postgres.host} ${topic:a} ${pipeline} ${nope}");
        assertThat(used).containsExactly("postgres.host", "topic:a", "pipeline", "nope");
        assertThat(placeholders.systemsOf(used)).containsExactly("postgres", "kafka");
        assertThat(placeholders.namedIn(used)).containsExactly(Map.entry("kafka", "a"));
    }
}
