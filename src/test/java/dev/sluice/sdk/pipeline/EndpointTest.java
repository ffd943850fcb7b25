package dev.sluice.sdk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.kafka.KafkaTopic;
import dev.sluice.postgres.PostgresTable;
import dev.sluice.s3.S3Bucket;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.Systems;
import org.junit.jupiter.api.Test;

class EndpointTest {
    @Test
    void parsesBothKindsAndSchemaQualifiedTables() {
        assertThat(Endpoint.parse("PostgreSQL table \"warehouse.customers\""))
                .isEqualTo(new PostgresTable("warehouse", "customers"));
        assertThat(Endpoint.parse("PostgreSQL table \"customers\""))
                .isEqualTo(new PostgresTable("public", "customers"));
        assertThat(Endpoint.parse("Kafka topic \"orders.v1\"")).isEqualTo(new KafkaTopic("orders.v1"));
        assertThat(Endpoint.parse("PostgreSQL table \"customers\"").describe())
                .isEqualTo("PostgreSQL table \"customers\"");
    }

    @Test
    void rejectsWhatIsNotAnIdentifier() {
        assertThatThrownBy(() -> Endpoint.parse("PostgreSQL table \"drop table x; --\""))
                .hasMessageContaining("not a plain PostgreSQL identifier");
        assertThatThrownBy(() -> Endpoint.parse("MySQL table \"x\""))
                .hasMessageContaining(
                        "Unknown endpoint 'MySQL table \"x\"': expected one of Kafka topic \"name\", MariaDB table \"name\", PostgreSQL table \"name\", "
                                + "S3 bucket \"name\"");
    }

    @Test
    void theRegistryFindsEverySystemAndWhatEachCanBe() {
        assertThat(Systems.all()).extracting(s -> s.id()).containsExactly("kafka", "mariadb", "postgres", "s3");
        assertThat(Endpoint.parse("S3 bucket \"customer-lake\"")).isEqualTo(new S3Bucket("customer-lake"));
        assertThat(Systems.byId("s3").orElseThrow().canBeOrigin()).isFalse();
        assertThat(Systems.supportedPipelines())
                .contains("Kafka topic → Kafka topic")
                .noneMatch(p -> p.startsWith("S3 bucket"));
    }

    @Test
    void namespaceNamesAreUniqueAndValid() {
        Namespace ns = new Namespace("s0f3a_12");
        assertThat(ns.database()).isEqualTo("sluice_s0f3a_12");
        assertThat(ns.topic("orders")).isEqualTo("sluice.s0f3a_12.orders");
        assertThat(ns.connector("Orders Out!", "sink")).isEqualTo("sluice-s0f3a_12-orders-out-sink");
        assertThat(ns.slot("x".repeat(80))).hasSize(63).matches("[a-z0-9_]+");
        assertThatThrownBy(() -> new Namespace("Bad-Prefix")).isInstanceOf(IllegalArgumentException.class);
    }
}
