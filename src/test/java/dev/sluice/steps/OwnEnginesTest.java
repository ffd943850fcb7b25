package dev.sluice.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.environment.ExternalEnvironment;
import dev.sluice.environment.Settings;
import dev.sluice.environment.local.LocalEnvironment;
import dev.sluice.mariadb.MariaDbSystem;
import dev.sluice.postgres.PostgresSystem;
import dev.sluice.s3.S3LakeSystem;
import dev.sluice.sdk.system.Endpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnEnginesTest {
    private static final Settings DEFAULTS = new Settings(Map.of(), Map.of(), Map.of());
    private static final Endpoint POSTGRES = PostgresSystem.INSTANCE.endpoint("warehouse.orders");

    @Test
    void scenariosThatChangeTheirEngineGetOneOfTheirOwnAndThoseThatWriteMariaDbTheEngineApart() {
        OwnEngines local = OwnEngines.of(new LocalEnvironment(DEFAULTS), DEFAULTS);

        assertThat(local.wantedBy(List.of("@faults", "@cdc", "@kafka"))).isPresent();
        assertThat(local.wantedBy(List.of("@upgrade"))).isPresent();
        assertThat(local.wantedBy(List.of("@conformance", "@postgres", "@mariadb", "@engine-apart")))
                .isEmpty();
        assertThat(local.apartFor(List.of("@conformance", "@postgres", "@mariadb", "@engine-apart")))
                .isPresent();
        assertThat(local.apartFor(List.of("@faults", "@mariadb", "@engine-apart")))
                .as("an engine of its own comes first")
                .isEmpty();
        assertThat(local.wantedBy(List.of("@conformance", "@mariadb", "@kafka")))
                .isEmpty();
        assertThat(local.apartFor(List.of("@conformance", "@mariadb", "@kafka")))
                .isEmpty();
        assertThat(local.wantedBy(List.of("@cdc", "@kafka"))).isEmpty();
        assertThat(local.wantedBy(List.of())).isEmpty();
    }

    @Test
    void anEnvironmentWhoseEngineIsTheTeamsRunsThemOnItsEngine() {
        Settings external = external();

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
    void aPipelineIntoMariaDbOnTheRunsEngineIsRefusedNamingTheTagWhereTheEngineApartCouldBeGiven() {
        OwnEngines local = OwnEngines.of(new LocalEnvironment(DEFAULTS), DEFAULTS);
        Endpoint mariaDb = MariaDbSystem.INSTANCE.endpoint("orders_copy");

        assertThatThrownBy(() -> local.checkDestination(List.of("@mariadb"), POSTGRES, mariaDb))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "A pipeline into the MariaDB table \"orders_copy\" needs the engine apart from the run's")
                .hasMessageContaining("longtext")
                .hasMessageContaining(
                        "Give the scenario a tag that sluice.engine-apart (\"@engine-apart\") matches: @engine-apart in its default");
        local.checkDestination(List.of("@mariadb", "@engine-apart"), POSTGRES, mariaDb);
        local.checkDestination(List.of("@faults", "@mariadb"), POSTGRES, mariaDb);
        local.checkDestination(List.of("@mariadb"), S3LakeSystem.INSTANCE.endpoint("lake"), mariaDb);
        local.checkDestination(List.of(), mariaDb, POSTGRES);
        // A team's connector file names no endpoint.
        local.checkDestination(List.of(), null, null);
    }

    @Test
    void onTheEngineApartAPipelineIntoAnotherSystemIsRefused() {
        OwnEngines local = OwnEngines.of(new LocalEnvironment(DEFAULTS), DEFAULTS);

        assertThatThrownBy(() -> local.checkDestination(
                        List.of("@mariadb", "@engine-apart"), MariaDbSystem.INSTANCE.endpoint("orders"), POSTGRES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("runs on the engine set apart for sinks into MariaDB tables")
                .hasMessageContaining("a pipeline into the PostgreSQL table \"warehouse.orders\" would share a worker")
                .hasMessageContaining("longtext")
                .hasMessageContaining("from a scenario without that tag");
    }

    @Test
    void anEnvironmentThatCannotGiveAnEngineOfItsOwnLetsAMariaDbSinkRunOnTheTeamsEngine() {
        Settings external = external();

        OwnEngines.of(new ExternalEnvironment(external), external)
                .checkDestination(List.of("@mariadb"), POSTGRES, MariaDbSystem.INSTANCE.endpoint("orders_copy"));
    }

    @Test
    void aSettingThatIsNoTagExpressionSaysWhatItShouldBe() {
        Settings brokenApart = DEFAULTS.overriding(Map.of(Settings.ENGINE_APART, "(@mariadb"));
        assertThatThrownBy(() -> OwnEngines.of(new LocalEnvironment(brokenApart), brokenApart))
                .hasMessageContaining("sluice.engine-apart must be a Cucumber tag expression");
        Settings broken = DEFAULTS.overriding(Map.of(Settings.OWN_ENGINE, "@faults and"));

        assertThatThrownBy(() -> OwnEngines.of(new LocalEnvironment(broken), broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sluice.own-engine must be a Cucumber tag expression")
                .hasMessageContaining("\"@faults and\"");
    }

    /** Settings of an external environment that is never reached (nothing here connects). */
    private static Settings external() {
        return DEFAULTS.overriding(Map.of(
                Settings.ENVIRONMENT,
                "external",
                "sluice.kafka.bootstrap-servers",
                "127.0.0.1:9",
                "sluice.connect.url",
                "http://127.0.0.1:9"));
    }
}
