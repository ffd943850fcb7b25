package dev.sluice.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.environment.ExternalEnvironment;
import dev.sluice.environment.Settings;
import dev.sluice.environment.local.LocalEnvironment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnEnginesTest {
    private static final Settings DEFAULTS = new Settings(Map.of(), Map.of(), Map.of());

    @Test
    void scenariosThatChangeTheirEngineOrWriteMariaDbGetOneOfTheirOwnWhereTheEnvironmentCanGiveIt() {
        OwnEngines local = OwnEngines.of(new LocalEnvironment(DEFAULTS), DEFAULTS);

        assertThat(local.wantedBy(List.of("@faults", "@cdc", "@kafka"))).isPresent();
        assertThat(local.wantedBy(List.of("@upgrade"))).isPresent();
        assertThat(local.wantedBy(List.of("@conformance", "@mariadb", "@postgres")))
                .isPresent();
        assertThat(local.wantedBy(List.of("@cdc", "@kafka"))).isEmpty();
        assertThat(local.wantedBy(List.of())).isEmpty();
    }

    @Test
    void anEnvironmentWhoseEngineIsTheTeamsRunsThemOnItsEngine() {
        Settings external = DEFAULTS.overriding(Map.of(
                Settings.ENVIRONMENT,
                "external",
                "sluice.kafka.bootstrap-servers",
                "127.0.0.1:9",
                "sluice.connect.url",
                "http://127.0.0.1:9"));

        assertThat(OwnEngines.of(new ExternalEnvironment(external), external).wantedBy(List.of("@faults")))
                .isEmpty();
    }

    @Test
    void theSettingIsATagExpressionOfItsOwn() {
        Settings onlyUpgrades = DEFAULTS.overriding(Map.of(Settings.OWN_ENGINE, "@upgrade and not @fixed-versions"));
        OwnEngines engines = OwnEngines.of(new LocalEnvironment(onlyUpgrades), onlyUpgrades);

        assertThat(engines.wantedBy(List.of("@upgrade"))).isPresent();
        assertThat(engines.wantedBy(List.of("@upgrade", "@fixed-versions"))).isEmpty();
        assertThat(engines.wantedBy(List.of("@faults"))).isEmpty();
    }

    @Test
    void aSettingThatIsNoTagExpressionSaysWhatItShouldBe() {
        Settings broken = DEFAULTS.overriding(Map.of(Settings.OWN_ENGINE, "@faults and"));

        assertThatThrownBy(() -> OwnEngines.of(new LocalEnvironment(broken), broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sluice.own-engine must be a Cucumber tag expression")
                .hasMessageContaining("\"@faults and\"");
    }
}
