package dev.sluice.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.environment.Settings;
import dev.sluice.environment.service.ServicePlugins;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaRegistryTest {
    private final SchemaRegistry registry = new SchemaRegistry();

    private static Settings settings(Map<String, String> given) {
        return new Settings(given, Map.of(), Map.of());
    }

    @Test
    void isFoundAsAServicePlugin() {
        assertThat(ServicePlugins.byId("registry")).containsInstanceOf(SchemaRegistry.class);
    }

    @Test
    void externalSettingsGiveTheTestsAndTheEngineTheirOwnAddresses() {
        Settings settings = settings(Map.of(
                SchemaRegistry.URL, "http://localhost:8081",
                SchemaRegistry.ENGINE_URL, "http://registry:8080",
                SchemaRegistry.USER, "team",
                SchemaRegistry.PASSWORD, "s3cret"));
        RegistryEndpoint tests =
                (RegistryEndpoint) registry.externalAddress(settings, false).orElseThrow();
        RegistryEndpoint engine =
                (RegistryEndpoint) registry.externalAddress(settings, true).orElseThrow();
        assertThat(tests.confluentApi()).isEqualTo("http://localhost:8081/apis/ccompat/v7");
        assertThat(engine.apicurioApi()).isEqualTo("http://registry:8080/apis/registry/v2");
        assertThat(engine.user()).isEqualTo("team");
        assertThat(tests.toString()).doesNotContain("s3cret");
        assertThat(registry.externalSettings(tests, engine))
                .containsEntry(SchemaRegistry.ENGINE_URL, "http://registry:8080")
                .containsEntry(SchemaRegistry.PASSWORD, "s3cret");
    }

    @Test
    void withoutItsSettingsTheExternalEnvironmentHasNoRegistry() {
        assertThat(registry.externalAddress(settings(Map.of()), false)).isEmpty();
        assertThat(registry.externalAddress(settings(Map.of()), true)).isEmpty();
    }

    @Test
    void anApiUrlInsteadOfTheRootIsRefusedSayingWhatIsExpected() {
        assertThatThrownBy(() -> registry.externalAddress(
                        settings(Map.of(SchemaRegistry.URL, "http://localhost:8081/apis/ccompat/v7")), false))
                .hasMessageContaining("Setting sluice.registry.url expects the registry's root URL")
                .hasMessageContaining("'http://localhost:8081/apis/ccompat/v7'");
    }

    @Test
    void anOpenRegistryHandsOverOnlyItsUrl() {
        RegistryEndpoint local = RegistryEndpoint.open(URI.create("http://127.0.0.1:4000"));
        assertThat(registry.externalSettings(local, local)).containsOnlyKeys(SchemaRegistry.URL);
    }

    @Test
    void avroFieldsAreReadInOrderAndANonRecordIsRefused() {
        assertThat(AvroFields.names(
                        "{\"type\":\"record\",\"name\":\"O\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},"
                                + "{\"name\":\"note\",\"type\":[\"null\",\"string\"]}]}"))
                .containsExactly("id", "note");
        assertThatThrownBy(() -> AvroFields.names("\"string\"")).hasMessageContaining("Expected an Avro record schema");
    }
}
