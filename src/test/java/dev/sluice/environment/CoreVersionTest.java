package dev.sluice.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreVersionTest {
    @Test
    void ordersByMajorMinorPatch() {
        assertThat(CoreVersion.parse("3.9.1")).isLessThan(CoreVersion.parse("4.0.0"));
        assertThat(CoreVersion.parse("4.1.0")).isLessThan(CoreVersion.parse("4.1.1"));
        assertThat(CoreVersion.parse("4.1.0").compareLine(CoreVersion.parse("4.1.2")))
                .isZero();
        assertThat(CoreVersion.parse("4.1").patch()).isZero();
        assertThat(CoreVersion.parse("4.1.0-rc1").line()).isEqualTo("4.1");
    }

    @Test
    void onlyCoresFrom39OnHaveADynamicQuorum() {
        assertThat(CoreVersion.parse("3.7.2").hasDynamicQuorum()).isFalse();
        assertThat(CoreVersion.parse("3.8.1").hasDynamicQuorum()).isFalse();
        assertThat(CoreVersion.parse("3.9.1").hasDynamicQuorum()).isTrue();
        assertThat(CoreVersion.parse("4.1.1").hasDynamicQuorum()).isTrue();
    }

    @Test
    void theSupportedRangeIsEveryRelease37To43() {
        for (String ok : new String[] {"3.7.0", "3.7.2", "3.9.1", "4.0.1", "4.1.1", "4.1.9", "4.3.1"}) {
            assertThat(CoreVersion.parse(ok).requireSupported().text()).isEqualTo(ok);
        }
        assertThatThrownBy(() -> CoreVersion.parse("3.6.2").requireSupported())
                .hasMessageContaining("Kafka core 3.6.2 is outside the range Sluice supports, 3.7.0 to 4.3.x")
                .hasMessageContaining("sluice.kafka.version")
                .hasMessageContaining("Nothing was started");
        assertThatThrownBy(() -> CoreVersion.parse("4.4.0").requireSupported())
                .hasMessageContaining("4.4.0 is outside the range")
                .hasMessageContaining("version matrix");
    }

    @Test
    void aCoreNewerThanTheMatrixRunsUnlessConsistencyIsSetToFail() {
        Settings newer = new Settings(Map.of(Settings.KAFKA_VERSION, "4.4.0"), Map.of(), Map.of());
        Settings strict =
                new Settings(Map.of(Settings.KAFKA_VERSION, "4.4.0", Settings.CONSISTENCY, "fail"), Map.of(), Map.of());

        assertThat(CoreVersion.of(newer).isNewerThanKnown()).isTrue();
        assertThat(CoreVersion.of(newer).text()).isEqualTo("4.4.0");
        assertThatThrownBy(() -> CoreVersion.of(strict))
                .hasMessageContaining("4.4.0 is outside the range")
                .hasMessageContaining("Without sluice.consistency=fail it would run");
        // Its stage libraries are the newest row's.
        assertThat(newer.get(Settings.DEBEZIUM_VERSION)).isEqualTo("3.4.3.Final");
    }

    @Test
    void aVersionThatIsNoVersionSaysWhatOneLooksLike() {
        assertThatThrownBy(() -> CoreVersion.parse("latest"))
                .hasMessageContaining("looks like 4.1.1")
                .hasMessageContaining("'latest'");
        assertThatThrownBy(
                        () -> CoreVersion.of(new Settings(Map.of(Settings.KAFKA_VERSION, "3.5.1"), Map.of(), Map.of())))
                .hasMessageContaining("outside the range");
    }

    @Test
    void stageLibraryVersionsFollowTheCoreUnlessGiven() {
        Settings newest = new Settings(Map.of(), Map.of(), Map.of());
        Settings oldest = new Settings(Map.of(Settings.KAFKA_VERSION, "3.7.2"), Map.of(), Map.of());
        Settings pinned = new Settings(
                Map.of(Settings.KAFKA_VERSION, "3.7.2"), Map.of(), Map.of(Settings.DEBEZIUM_VERSION, "3.0.7.Final"));

        assertThat(newest.get(Settings.DEBEZIUM_VERSION)).isEqualTo("3.4.3.Final");
        assertThat(oldest.get(Settings.DEBEZIUM_VERSION)).isEqualTo("2.7.0.Final");
        assertThat(oldest.get("sluice.debezium-mariadb.version")).isEqualTo("2.7.0.Final");
        assertThat(new Settings(Map.of(Settings.KAFKA_VERSION, "4.0.1"), Map.of(), Map.of())
                        .get(Settings.DEBEZIUM_VERSION))
                .isEqualTo("3.2.0.Final");
        assertThat(pinned.get(Settings.DEBEZIUM_VERSION)).isEqualTo("3.0.7.Final");
        // Settings the matrix does not know keep their one default.
        assertThat(oldest.get(Settings.ICEBERG_VERSION)).isEqualTo("1.12.0");
    }

    @Test
    void anUpgradeRunNamesTwoCoresTheRunsAndTheOneUpgradeScenariosStartOn() {
        Settings upgradeRun = new Settings(Map.of(Settings.KAFKA_VERSION, "3.9.1>4.1.1"), Map.of(), Map.of());

        assertThat(upgradeRun.get(Settings.KAFKA_VERSION)).isEqualTo("4.1.1");
        assertThat(upgradeRun.find(Settings.UPGRADE_FROM)).contains("3.9.1");
        assertThat(upgradeRun.get(Settings.DEBEZIUM_VERSION)).isEqualTo("3.4.3.Final");
        assertThat(new Settings(Map.of(), Map.of(), Map.of()).find(Settings.UPGRADE_FROM))
                .isEmpty();
    }

    @Test
    void overridingPutsValuesOnTopOfEveryLayer() {
        Settings run = new Settings(
                Map.of(Settings.KAFKA_VERSION, "4.1.1"), Map.of(), Map.of(Settings.ICEBERG_VERSION, "1.10.1"));
        Settings scenario = run.overriding(Map.of(Settings.KAFKA_VERSION, "3.7.2"));

        assertThat(scenario.get(Settings.KAFKA_VERSION)).isEqualTo("3.7.2");
        assertThat(scenario.get(Settings.DEBEZIUM_VERSION)).isEqualTo("2.7.0.Final");
        assertThat(scenario.get(Settings.ICEBERG_VERSION)).isEqualTo("1.10.1");
        assertThat(run.get(Settings.KAFKA_VERSION)).isEqualTo("4.1.1");
    }

    @Test
    void stageLibrariesThatShareAVersionSettingDeclareTheSameDefaults() {
        java.util.Map<String, dev.sluice.sdk.system.VersionDefaults> bySetting = new java.util.HashMap<>();
        for (dev.sluice.sdk.system.StageLibrary library : dev.sluice.sdk.system.StageLibrary.all()) {
            library.versionDefaults().ifPresent(defaults -> {
                dev.sluice.sdk.system.VersionDefaults other = bySetting.putIfAbsent(library.versionSetting(), defaults);
                assertThat(other == null ? defaults : other)
                        .as("the defaults of " + library.versionSetting() + " (" + library.id() + ")")
                        .isEqualTo(defaults);
            });
        }
        assertThat(bySetting).containsKeys(Settings.DEBEZIUM_VERSION, Settings.ICEBERG_VERSION);
    }

    @Test
    void theDefaultStageLibrariesAreEverySystems() {
        Settings none = new Settings(Map.of(), Map.of(), Map.of());
        assertThat(none.get(Settings.STAGE_LIBRARIES).split(","))
                .containsExactlyInAnyOrderElementsOf(dev.sluice.sdk.system.StageLibrary.ids());
    }
}
