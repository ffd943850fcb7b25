package dev.sluice.steps;

import dev.sluice.verify.SeedTable;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;

/** Writing into Kafka topics, directly with a producer. */
public class KafkaSteps {
    private final ScenarioContext context;

    public KafkaSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("the Kafka topic {string} has records:")
    public void topicHasRecords(String topic, DataTable records) {
        context.kafka().produce(context.namespace().topic(topic), SeedTable.parse(records.cells()));
    }
}
