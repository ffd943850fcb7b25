package dev.sluice.sdk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Traces as the engine reported them in features/schemas/bad_changes.feature, cut to the lines that matter. */
class FailureReadingTest {
    private static final String REQUIRED_FIELD =
            "org.apache.kafka.connect.errors.ConnectException: JDBC sink connector "
                    + "failure\n\tat io.debezium.connector.jdbc.JdbcSinkConnectorTask.put(JdbcSinkConnectorTask.java:155)\n"
                    + "Caused by: java.sql.SQLException: Cannot ALTER table 'warehouse.people' because field 'person_id' is "
                    + "not optional but has no default value\n\tat io.debezium.connector.jdbc.JdbcChangeEventSink"
                    + ".alterTableIfNeeded(JdbcChangeEventSink.java:377)\n";
    private static final String NO_COLUMN_TYPE = "Caused by: java.lang.NullPointerException: Cannot invoke "
            + "\"String.hashCode()\" because \"<local3>\" is null\n\tat io.debezium.connector.jdbc.dialect"
            + ".GeneralDatabaseDialect.getSchemaType(GeneralDatabaseDialect.java:483)\n";
    private static final String INCOMPATIBLE = "Caused by: io.apicurio.registry.rest.client.exception"
            + ".RuleViolationException: Incompatible artifact: sluice.sd7aa_3.codes-value [AVRO], num of "
            + "incompatible diffs: {1}\n";

    @Test
    void aRequiredFieldTheSinkCannotAddNamesTheFieldTheTableAndWhatToChange() {
        assertThat(FailureReading.of(REQUIRED_FIELD)).hasValueSatisfying(reading -> assertThat(reading)
                .contains("'person_id' is required")
                .contains("allow NULL or give it a default")
                .contains("warehouse.people yourself"));
    }

    @Test
    void aTypeTheDialectHasNoColumnForIsSaidInWords() {
        assertThat(FailureReading.of(NO_COLUMN_TYPE))
                .hasValueSatisfying(reading -> assertThat(reading).contains("no column type in this database"));
    }

    @Test
    void theRegistrysRefusalNamesTheSubjectAndTheWayOut() {
        assertThat(FailureReading.of(INCOMPATIBLE)).hasValueSatisfying(reading -> assertThat(reading)
                .contains("subject sluice.sd7aa_3.codes-value")
                .contains("needs a default or must allow NULL"));
    }

    @Test
    void aClassThisKafkaMovedIsReadAsSkewNotAsABrokenInstallation() {
        String trace = "java.lang.NoClassDefFoundError: org/apache/kafka/common/utils/Sanitizer\n\tat io.debezium"
                + ".connector.common.BaseSourceTask.start(BaseSourceTask.java:150)\nCaused by: java.lang"
                + ".ClassNotFoundException: org.apache.kafka.common.utils.Sanitizer\n";
        assertThat(FailureReading.of(trace)).hasValueSatisfying(reading -> assertThat(reading)
                .contains("calls org.apache.kafka.common.utils.Sanitizer")
                .contains("Kafka 4.4 moved it")
                .contains("built against another Kafka"));
    }

    @Test
    void aTraceNoReadingKnowsIsLeftAsItIs() {
        assertThat(FailureReading.of("java.lang.IllegalStateException: something else"))
                .isEmpty();
        assertThat(FailureReading.of("ERROR: integer out of range (not from the JDBC sink)"))
                .isEmpty();
        assertThat(FailureReading.of(null)).isEmpty();
    }

    @Test
    void thePipelinesErrorCarriesTheReadingBeforeTheTrace() {
        String message =
                new PipelineException("copy", "failed: its sink task 0 is FAILED", REQUIRED_FIELD, null).getMessage();
        assertThat(message.indexOf("What this means: the JDBC sink adds only columns"))
                .isPositive()
                .isLessThan(message.indexOf("Engine trace:"));
    }
}
