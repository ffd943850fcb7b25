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
    void theSupportedRangeIsEveryRelease37To44() {
        for (String ok : new String[] {"3.7.0", "3.7.2", "3.9.1", "4.0.1", "4.1.1", "4.1.9", "4.3.1", "4.4.0"}) {
            assertThat(CoreVersion.parse(ok).requireSupported().text()).isEqualTo(ok);
        }
        assertThatThrownBy(() -> CoreVersion.parse("3.6.2").requireSupported())
                .hasMessageContaining("Kafka core 3.6.2 is outside the range Sluice supports, 3.7.0 to 4.4.x")
                .hasMessageContaining("sluice.kafka.version")
                .hasMessageContaining("Nothing was started");
        assertThatThrownBy(() -> CoreVersion.parse("4.5.0").requireSupported())
                .hasMessageContaining("4.5.0 is outside the range")
                .hasMessageContaining("version matrix");
    }

    @Test
    void aCoreNewerThanTheMatrixRunsUnlessConsistencyIsSetToFail() {
        Settings newer = new Settings(Map.of(Settings.KAFKA_VERSION, "4.5.0"), Map.of(), Map.of());
        Settings strict =
                new Settings(Map.of(Settings.KAFKA_VERSION, "4.5.0", Settings.CONSISTENCY, "fail"), Map.of(), Map.of());

        assertThat(CoreVersion.of(newer).isNewerThanKnown()).isTrue();
        assertThat(CoreVersion.of(newer).text()).isEqualTo("4.5.0");
        assertThatThrownBy(() -> CoreVersion.of(strict))
                .hasMessageContaining("4.5.0 is outside the range")
                .hasMessageContaining("Without sluice.consistency=fail it would run");
        // Its stage libraries are the newest row's (4.4's).
        assertThat(versionOn("debezium-postgres", newer)).isEqualTo("3.7.0.Final");
        assertThat(versionOn("debezium-jdbc", newer)).isEqualTo("3.6.0.Final");
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

        assertThat(newest.get(Settings.DEBEZIUM_VERSION)).isEqualTo("3.6.0.Final");
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
    void eachLibraryOfAFamilyTakesItsOwnDeclaredVersionUnlessTheFamilySettingIsGiven() {
        Settings on44 = new Settings(Map.of(Settings.KAFKA_VERSION, "4.4.0"), Map.of(), Map.of());
        Settings on43 = new Settings(Map.of(Settings.KAFKA_VERSION, "4.3.1"), Map.of(), Map.of());
        Settings on42 = new Settings(Map.of(Settings.KAFKA_VERSION, "4.2.0"), Map.of(), Map.of());
        Settings familyGiven = new Settings(
                Map.of(Settings.KAFKA_VERSION, "4.4.0", Settings.DEBEZIUM_VERSION, "3.3.1.Final"), Map.of(), Map.of());
        Settings oneGiven = new Settings(
                Map.of(
                        Settings.KAFKA_VERSION,
                        "4.4.0",
                        "sluice.stage-library.debezium-postgres.version",
                        "3.6.1.Final"),
                Map.of(),
                Map.of());

        // Debezium 3.4's source calls Sanitizer, which 4.4 moved; the newest JDBC sink archive served here is 3.6.0.
        assertThat(versionOn("debezium-postgres", on44)).isEqualTo("3.7.0.Final");
        assertThat(versionOn("debezium-jdbc", on44)).isEqualTo("3.6.0.Final");
        assertThat(versionOn("debezium-mariadb", on44)).isEqualTo("3.5.0.Final");
        assertThat(versionOn("debezium-postgres", on43)).isEqualTo("3.7.0.Final");
        assertThat(versionOn("debezium-jdbc", on43)).isEqualTo("3.6.0.Final");
        assertThat(versionOn("debezium-mariadb", on43)).isEqualTo("3.5.0.Final");
        assertThat(versionOn("debezium-postgres", on42)).isEqualTo("3.4.3.Final");
        assertThat(versionOn("debezium-jdbc", on42)).isEqualTo("3.4.3.Final");
        assertThat(versionOn("debezium-mariadb", on42)).isEqualTo("3.2.0.Final");
        assertThat(versionOn("debezium-postgres", familyGiven)).isEqualTo("3.3.1.Final");
        assertThat(versionOn("debezium-jdbc", familyGiven)).isEqualTo("3.3.1.Final");
        assertThat(versionOn("debezium-postgres", oneGiven)).isEqualTo("3.6.1.Final");
        assertThat(versionOn("debezium-jdbc", oneGiven)).isEqualTo("3.6.0.Final");
    }

    private static String versionOn(String library, Settings settings) {
        return dev.sluice.environment.shared.StageLibraryEntry.versionOf(
                dev.sluice.sdk.system.StageLibrary.byId(library), settings);
    }

    @Test
    void theDefaultStageLibrariesAreEverySystems() {
        Settings none = new Settings(Map.of(), Map.of(), Map.of());
        assertThat(none.get(Settings.STAGE_LIBRARIES).split(","))
                .containsExactlyInAnyOrderElementsOf(dev.sluice.sdk.system.StageLibrary.ids());
    }
}
