package dev.sluice.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineSvgTest {
    private static final PipelinePicture CUSTOMERS = new PipelinePicture(
            "customers-out",
            "PostgreSQL table \"customers\"",
            List.of("masks the field \"ssn\""),
            "Kafka topic \"customers\"",
            List.of(new PipelinePicture.Connector(
                    "source",
                    "io.debezium.connector.postgresql.PostgresConnector",
                    List.of("customers"),
                    List.of("unwrap (ExtractNewRecordState)", "p1 (MaskField$Value)"))));

    @Test
    void aChainOfBoxesJoinedByArrowsWithTheConnectorsBeneath() {
        String svg = PipelineSvg.render(CUSTOMERS);

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pipeline\"");
        assertThat(svg)
                .contains("<g class=\"origin\">", "<g class=\"processor\">", "<g class=\"destination\">")
                .contains("PostgreSQL table &quot;customers&quot;", "masks the field &quot;ssn&quot;")
                .contains("Kafka topic &quot;customers&quot;", "connector source", "PostgresConnector")
                .contains("topic customers", "· p1 (MaskField$Value)")
                .contains("aria-label=\"pipeline customers-out: PostgreSQL table &quot;customers&quot; → masks");
        assertThat(svg.split("<line ", -1))
                .as("arrows: origin→mask→destination")
                .hasSize(3);
        assertThat(svg).doesNotContain("<script");
    }

    @Test
    void widthGrowsWithTheChainAndMarkupIsEscaped() {
        PipelinePicture longer = new PipelinePicture("p<1>", "a", List.of("x", "y", "z"), "b", List.of());
        String svg = PipelineSvg.render(longer);

        assertThat(svg).contains("width=\"" + (2 * 12 + 5 * 210 + 4 * 46) + "\"");
        assertThat(svg).contains("p&lt;1&gt;").doesNotContain("p<1>");
    }

    @Test
    void longLabelsWrapAtSeparators() {
        assertThat(PipelineSvg.wrap("org.apache.kafka.connect.transforms.MaskField$Value"))
                .allMatch(l -> l.length() <= 30)
                .containsExactly("org.apache.kafka.connect.", "transforms.MaskField$Value");
    }
}
