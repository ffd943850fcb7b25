package dev.sluice.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.Systems;
import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every phrasebook sentence is matched by exactly one step pattern, and every pattern by a sample. */
class StepPatternsTest {
    /** Every class of the glue package with a step definition: a new step class cannot be forgotten here. */
    private static final List<Class<?>> STEP_CLASSES = new ClassFileImporter()
            .importPackages(StepPatternsTest.class.getPackageName()).stream()
                    .filter(c -> c.getMethods().stream()
                            .anyMatch(m -> m.isAnnotatedWith(Given.class)
                                    || m.isAnnotatedWith(When.class)
                                    || m.isAnnotatedWith(Then.class)))
                    .<Class<?>>map(c -> c.reflect())
                    .toList();

    /** Sample sentences, as a feature writer would type them. */
    private static final List<String> SAMPLES = List.of(
            "the PostgreSQL table \"customers\" has rows:",
            "the PostgreSQL table \"warehouse.customers\" has 50000 generated rows",
            "the MariaDB table \"orders_copy\" also exists, with other columns, in another database of the same server",
            "the Kafka topic \"payments\" has records:",
            "the Kafka topic \"payments\" has records in Avro:",
            "the Kafka topic \"photos\" has a record whose value is the bytes \"ff d8 ff e0\"",
            "reading the Kafka topic \"photos\" fails with an error mentioning \"first bytes\"",
            "within 5 seconds the PostgreSQL table \"customers_copy\" is checked to contain exactly:",
            "that check failed, and its trace of \"id=2\" locates it 1 time in the Kafka topic \"customers\"",
            "the pipelines of this scenario reach the schema registry at an address where no server answers",
            "a pipeline \"p\" from the PostgreSQL table \"customers\" to the Kafka topic \"customers\"",
            "the pipeline \"p\" masks the field \"ssn\"",
            "a pipeline \"orders-out\" defined by the connector configurations in \"features/custom/orders-out\"",
            "a pipeline \"p\" from the PostgreSQL table \"ledger\" to the Kafka topic \"ledger\" defined by the connector configurations in \"features/custom/ledger.json\"",
            "the pipeline \"p\" delivers exactly once",
            "the pipeline \"p\" writes Avro",
            "the pipeline engine runs 2 workers",
            "the pipeline engine runs core version \"3.7.2\"",
            "the pipeline engine is upgraded to core version \"4.1.1\"",
            "the pipeline engine is upgraded to core version \"4.4.0\" with the stage libraries built for it",
            "the stage library \"debezium-postgres\" is upgraded to version \"3.3.1.Final\"",
            "the engine change is refused with an error mentioning \"newer than the core\"",
            "the PostgreSQL table \"bulk\" has the benchmark's number of generated rows",
            "the benchmark measures the throughput of the pipeline \"p\" until the S3 bucket \"lake\" has the benchmark's number of records",
            "within 10 seconds the PostgreSQL table \"bulk_copy\" has the benchmark's number of records",
            "the network between the pipeline engine and PostgreSQL is cut for 10 seconds while rows are flowing",
            "the network between the pipeline engine and the schema registry is cut for 5 seconds while rows are flowing",
            "the worker running the pipeline \"ledger-out\" is killed while rows are flowing",
            "the Kafka broker is killed once 2500 rows have arrived",
            "the transactions the broker's death left hanging are aborted",
            "a transaction is left open on the pipeline engine's offsets topic",
            "the pipeline engine's health is checked",
            "the pipeline engine was found unable to start a source and was replaced",
            "20000 more generated rows are inserted into the PostgreSQL table \"ledger\"",
            "the pipeline \"p\" renames the field \"mail\" to \"email\"",
            "the pipeline \"p\" is started",
            "a pipeline \"p\" moves data from the Kafka topic \"t\" to the PostgreSQL table \"warehouse.t\"",
            "the pipeline \"p\" is stopped",
            "the pipeline \"p\" is stopped and started again for each of these rows, inserted into the PostgreSQL table \"products\" while it is stopped:",
            "these rows are inserted into the PostgreSQL table \"customers\":",
            "these rows of the PostgreSQL table \"customers\" are updated:",
            "the row with id 7 is deleted from the PostgreSQL table \"customers\"",
            "these rows are deleted from the PostgreSQL table \"order_lines\":",
            "the pipeline \"p\" is running",
            "the engine offers the connector plugin \"org.apache.kafka.connect.file.FileStreamSourceConnector\"",
            "within 30 seconds the PostgreSQL table \"warehouse.customers\" contains exactly:",
            "within 30 seconds the Kafka topic \"orders\" has 21 records",
            "within 30 seconds the S3 bucket \"lake\" has 1 record",
            "the column \"qty\" of type \"bigint\" is added to the PostgreSQL table \"orders\"",
            "the column \"qty\" of type \"int\" with default \"0\" is added to the MariaDB table \"orders\"",
            "the column \"note\" is dropped from the PostgreSQL table \"orders\"",
            "the column \"nick\" of the PostgreSQL table \"people\" is renamed to \"alias\"",
            "the column \"reading\" of the PostgreSQL table \"meters\" is changed to type \"bigint\"",
            "within 30 seconds the S3 bucket \"lake\" has the columns:",
            "the schema registry requires BACKWARD compatibility for the values of the Kafka topic \"codes\"",
            "within 30 seconds the Kafka topic \"orders\" contains, in order:",
            "within 30 seconds the PostgreSQL table \"warehouse.customers\" matches the PostgreSQL table \"customers\"",
            "within 60 seconds the MariaDB table \"replica\" matches the Kafka topic \"ledger\", with the field \"secret\" masked",
            "no record in the Kafka topic \"orders\" contains \"123-45-6789\"",
            "the pipeline \"p\" fails with an error mentioning \"Known columns\"",
            "the benchmark records how long the environment took to start",
            "the benchmark measures the latency of 20 single rows from the PostgreSQL table \"pings\" to the Kafka topic \"pongs\"",
            "the benchmark measures the throughput of the pipeline \"bulk\" until the PostgreSQL table \"copy\" has 50000 records",
            "the benchmark records the framework overhead per scenario",
            "the benchmark times the hand-written script \"ci/raw-environment.sh\" starting the same services 3 times",
            "the benchmark measures the raw Kafka rate with the records of the pipeline \"bulk-copy\"",
            "the S3 bucket \"lake\" has 1 data files",
            "this Avro schema is registered for the values of the Kafka topic \"orders\":",
            "the schema registry holds 2 versions of the value schema of the Kafka topic \"orders\"",
            "the schema registry holds 1 version of the value schema of the Kafka topic \"orders\"",
            "the latest value schema of the Kafka topic \"orders\" has the fields \"id, customer\"",
            "the S3 bucket \"lake\" contains objects under \"warehouse/sluice/\"",
            "the pipelines of this scenario reach S3 at an address where no server answers",
            "within 60 seconds the S3 bucket \"lake\" contains exactly:",
            "the pipeline engine is killed and restarted",
            "the pipeline engine is killed while rows are flowing",
            "the Kafka broker is killed while rows are flowing",
            "every row of the PostgreSQL table \"ledger\" arrived in the Kafka topic \"ledger\" at least once",
            "every row of the PostgreSQL table \"ledger\" arrived in the S3 bucket \"ledger-lake\" exactly once",
            "PostgreSQL is restarted",
            "MariaDB is restarted",
            "the schema registry is restarted");

    @Test
    void everySampleMatchesExactlyOnePattern() {
        List<Expression> expressions = expressions();
        for (String sample : SAMPLES) {
            List<String> matching = expressions.stream()
                    .filter(e -> e.match(sample) != null)
                    .map(Expression::getSource)
                    .toList();
            assertThat(matching).as("patterns matching '%s'", sample).hasSize(1);
        }
    }

    @Test
    void everyPatternHasASample() {
        for (Expression expression : expressions()) {
            assertThat(SAMPLES.stream().anyMatch(s -> expression.match(s) != null))
                    .as("a sample sentence for the pattern '%s'", expression.getSource())
                    .isTrue();
        }
    }

    /** The registry, not this test, says which systems exist: each one's phrase works wherever an endpoint goes. */
    @Test
    void everyRegisteredSystemIsAnEndpointInEverySentenceThatTakesOne() {
        List<Expression> expressions = expressions();
        for (DataSystem system : Systems.all()) {
            String endpoint = system.phrase() + " \"" + system.sampleName() + "\"";
            for (String template : List.of(
                    "within 30 seconds the %s contains exactly:",
                    "within 5 seconds the %s has 2 records",
                    "no record in the %s contains \"x\"",
                    "the %s has rows:",
                    "a pipeline \"p\" from the %s to the %s")) {
                String sample = template.replace("%s", endpoint);
                List<Expression> matching = expressions.stream()
                        .filter(e -> e.match(sample) != null)
                        .toList();
                assertThat(matching).as("patterns matching '%s'", sample).hasSize(1);
                assertThat(matching.get(0).match(sample).stream()
                                .map(a -> (Object) a.getValue())
                                .filter(v -> v instanceof Endpoint)
                                .findFirst())
                        .contains((Object) system.endpoint(system.sampleName()));
            }
        }
    }

    @Test
    void anUnknownSystemIsRefusedListingTheKnownOnes() {
        Expression e = new ExpressionFactory(registry())
                .createExpression("within {int} seconds the {endpoint} has {int} records");
        assertThatThrownBy(() -> e.match("within 5 seconds the MySQL table \"t\" has 1 records")
                        .get(1)
                        .getValue())
                .hasStackTraceContaining("Unknown endpoint 'MySQL table \"t\"': expected one of Kafka topic \"name\"");
    }

    static List<String> patterns() {
        List<String> patterns = new ArrayList<>();
        for (Class<?> type : STEP_CLASSES) {
            for (Method m : type.getDeclaredMethods()) {
                Given g = m.getAnnotation(Given.class);
                When w = m.getAnnotation(When.class);
                Then t = m.getAnnotation(Then.class);
                for (String p : new String[] {
                    g == null ? null : g.value(), w == null ? null : w.value(), t == null ? null : t.value()
                }) {
                    if (p != null) {
                        patterns.add(p);
                    }
                }
            }
        }
        return patterns;
    }

    private static List<Expression> expressions() {
        ParameterTypeRegistry registry = registry();
        List<String> patterns = patterns();
        return patterns.stream()
                .map(p -> new ExpressionFactory(registry).createExpression(p))
                .collect(Collectors.toList());
    }

    /** The phrasebook's own parameter types, read from their annotations so the test follows any change. */
    private static ParameterTypeRegistry registry() {
        ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
        ParameterTypes types = new ParameterTypes();
        for (Method m : ParameterTypes.class.getDeclaredMethods()) {
            io.cucumber.java.ParameterType annotation = m.getAnnotation(io.cucumber.java.ParameterType.class);
            if (annotation != null) {
                registry.defineParameterType(new ParameterType<>(
                        annotation.name(), annotation.value(), Object.class, (String s) -> invoke(m, types, s)));
            }
        }
        return registry;
    }

    private static Object invoke(Method m, Object target, String arg) {
        try {
            return m.invoke(target, arg);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
