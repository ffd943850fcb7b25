package dev.sluice.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.environment.Settings;
import dev.sluice.environment.service.Credentials;
import dev.sluice.environment.service.ServicePlugins;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S3ServiceTest {
    private final S3Service s3 = new S3Service();

    @Test
    void isFoundAsAServicePluginUnderItsSystemsId() {
        assertThat(ServicePlugins.byId(S3LakeSystem.ID)).containsInstanceOf(S3Service.class);
    }

    @Test
    void theRunsCredentialsAreItsKeys() {
        S3Endpoint local = (S3Endpoint) s3.address("127.0.0.1", 9100, new Credentials("sluice", "s3cret"));
        assertThat(local.url()).hasToString("http://127.0.0.1:9100");
        assertThat(local.accessKey()).isEqualTo("sluice");
        assertThat(local.toString()).doesNotContain("s3cret");
        assertThat(s3.containerEnvironment(new Credentials("sluice", "s3cret")))
                .containsEntry("S3_ACCESS_KEY", "sluice")
                .containsEntry("S3_SECRET_KEY", "s3cret");
    }

    @Test
    void externalSettingsAndTheirInverse() {
        Settings settings = new Settings(
                Map.of(
                        S3Service.ENDPOINT, "http://localhost:9000",
                        S3Service.ENGINE_ENDPOINT, "http://s3:9000",
                        S3Service.ACCESS_KEY, "team",
                        S3Service.SECRET_KEY, "s3cret"),
                Map.of(),
                Map.of());
        S3Endpoint tests = (S3Endpoint) s3.externalAddress(settings, false).orElseThrow();
        S3Endpoint engine = (S3Endpoint) s3.externalAddress(settings, true).orElseThrow();
        assertThat(engine.url()).hasToString("http://s3:9000");
        assertThat(tests.region()).isEqualTo("us-east-1");
        assertThat(s3.externalSettings(tests, engine))
                .containsEntry(S3Service.ENDPOINT, "http://localhost:9000")
                .containsEntry(S3Service.ENGINE_ENDPOINT, "http://s3:9000")
                .containsEntry(S3Service.SECRET_KEY, "s3cret");
        assertThat(s3.externalAddress(new Settings(Map.of(), Map.of(), Map.of()), true))
                .isEmpty();
    }
}
