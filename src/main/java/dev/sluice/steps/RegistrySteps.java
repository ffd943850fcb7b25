package dev.sluice.steps;

import dev.sluice.registry.AvroFields;
import dev.sluice.registry.RegistryClient;
import dev.sluice.registry.RegistryEndpoint;
import dev.sluice.registry.SchemaRegistry;
import dev.sluice.report.Means;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The schema registry: schemas registered and read back through its Confluent-compatible API,
 * under the subjects of the scenario's own topics (Confluent's topic-name strategy:
 * {@code <topic>-value}). The subjects of a scenario's topics, registered by it or by its
 * pipelines' converters, are removed after it.
 */
public class RegistrySteps {
    private final ScenarioContext context;
    private final Set<String> registered = new LinkedHashSet<>();
    private RegistryClient client;

    public RegistrySteps(ScenarioContext context) {
        this.context = context;
    }

    /** Points the scenario's pipelines at a loopback port where nothing listens. */
    @Means("fault: the engine is given a loopback port where nothing listens as the registry (before the first start)")
    @Given("the pipelines of this scenario reach the schema registry at an address where no server answers")
    public void registryDoesNotAnswer() {
        context.workspace()
                .pointEngineAt(
                        SchemaRegistry.ID, RegistryEndpoint.open(URI.create("http://127.0.0.1:" + ClosedPort.find())));
    }

    @Means("POST /apis/ccompat/v7/subjects/<topic>-value/versions, the topic in the scenario's namespace")
    @When("this Avro schema is registered for the values of the Kafka topic {string}:")
    public void registerValueSchema(String topic, String schema) {
        String subject = valueSubject(topic);
        registered.add(subject);
        client().register(subject, schema);
    }

    @Means(
            "PUT /apis/ccompat/v7/config/<topic>-value: the registry refuses a next value schema that breaks `BACKWARD`, `FORWARD`, `FULL` (or their `_TRANSITIVE` forms) or allows any with `NONE`; a refused schema fails the writing connector with the registry's message. The subject must exist (set it after the topic's first records)")
    @When("the schema registry requires {word} compatibility for the values of the Kafka topic {string}")
    public void requireCompatibility(String level, String topic) {
        client().requireCompatibility(valueSubject(topic), level);
    }

    @Means("GET /apis/ccompat/v7/subjects/<topic>-value/versions, now")
    @Then("the schema registry holds {int} version(s) of the value schema of the Kafka topic {string}")
    public void holdsVersions(int count, String topic) {
        List<Integer> versions = client().versions(valueSubject(topic));
        if (versions.size() != count) {
            throw new AssertionError("Expected " + count + " version(s) of the subject " + valueSubject(topic)
                    + " in the schema registry at " + client().registry() + ", but it holds " + versions.size()
                    + ": " + versions);
        }
    }

    @Means("the fields of the latest schema under <topic>-value, in order")
    @Then("the latest value schema of the Kafka topic {string} has the fields {string}")
    public void latestHasFields(String topic, String fields) {
        String schema = client().latestSchema(valueSubject(topic));
        List<String> expected = List.of(fields.split("\\s*,\\s*"));
        List<String> actual = AvroFields.names(schema);
        if (!actual.equals(expected)) {
            throw new AssertionError("Expected the latest value schema of the Kafka topic \"" + topic
                    + "\" to have the fields " + expected + ", but it has " + actual + ": " + schema);
        }
    }

    @After("@registry")
    public void removeRegisteredSubjects() {
        List<String> failed = new ArrayList<>();
        // Converters register the subjects of the scenario's topics themselves: those go too.
        Set<String> subjects = new LinkedHashSet<>(registered);
        String prefix = context.workspace().namespace().topicPrefix();
        client().subjects().stream().filter(s -> s.startsWith(prefix)).forEach(subjects::add);
        attachSubjects(subjects);
        for (String subject : subjects) {
            try {
                client().delete(subject);
            } catch (RuntimeException e) {
                failed.add(subject + " (" + e.getMessage() + ")");
            }
        }
        if (!failed.isEmpty()) {
            context.scenario().log("Could not remove these subjects from the schema registry: " + failed);
        }
    }

    /** The living docs show which subjects and versions the scenario's pipelines registered, before they go. */
    private void attachSubjects(Set<String> subjects) {
        StringBuilder text = new StringBuilder();
        for (String subject : subjects) {
            try {
                List<Integer> versions = client().versions(subject);
                text.append(subject)
                        .append(": versions ")
                        .append(versions)
                        .append(versions.isEmpty() ? "\n" : ", latest " + client().latestSchema(subject) + "\n");
            } catch (RuntimeException e) {
                text.append(subject).append(": ").append(e.getMessage()).append('\n');
            }
        }
        if (!text.isEmpty()) {
            // As text: a byte attachment reaches the reports base64-encoded.
            context.scenario().attach(text.toString(), "text/plain", "Schema registry: the scenario's subjects");
        }
    }

    private String valueSubject(String topic) {
        return context.workspace().namespace().topic(topic) + "-value";
    }

    private RegistryClient client() {
        if (client == null) {
            client = SchemaRegistry.clientForTests(
                    context.workspace().environment().services(), "for this scenario's steps");
        }
        return client;
    }
}
