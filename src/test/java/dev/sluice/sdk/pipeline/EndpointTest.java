package dev.sluice.sdk.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointTest {
    @Test
    void parsesBothKindsAndSchemaQualifiedTables() {
        assertThat(Endpoint.parse("PostgreSQL table \"warehouse.customers\""))
                .isEqualTo(new Endpoint.PostgresTable("warehouse", "customers"));
        assertThat(Endpoint.parse("PostgreSQL table \"customers\"")).isEqualTo(new Endpoint.PostgresTable("public", "customers"));
        assertThat(Endpoint.parse("Kafka topic \"orders.v1\"")).isEqualTo(new Endpoint.KafkaTopic("orders.v1"));
        assertThat(Endpoint.parse("PostgreSQL table \"customers\"").describe()).isEqualTo("PostgreSQL table \"customers\"");
    }

    @Test
    void rejectsWhatIsNotAnIdentifier() {
        assertThatThrownBy(() -> Endpoint.parse("PostgreSQL table \"drop table x; --\""))
                .hasMessageContaining("not a plain PostgreSQL identifier");
        assertThatThrownBy(() -> Endpoint.parse("MySQL table \"x\"")).hasMessageContaining("expected PostgreSQL table");
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
