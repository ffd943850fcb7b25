package dev.sluice.steps;

import dev.sluice.environment.Environment;
import dev.sluice.environment.Settings;
import dev.sluice.environment.local.LocalEnvironment;
import dev.sluice.environment.local.RawBaseline;
import dev.sluice.kafka.KafkaCeiling;
import dev.sluice.kafka.KafkaSession;
import dev.sluice.postgres.PostgresService;
import dev.sluice.report.BenchmarkReport;
import dev.sluice.report.Means;
import dev.sluice.report.SecondHalfRate;
import dev.sluice.sdk.pipeline.Pipeline;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.KeyedRows;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.verify.Destination;
import dev.sluice.verify.DestinationAssertions;
import dev.sluice.verify.Eventually;
import dev.sluice.verify.TableData;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.opentest4j.TestAbortedException;

/** Measurements for the benchmark feature; they record figures and check only that the data arrived. */
public class BenchmarkSteps {
    /** 100 000 rows through two connectors on 2 cores: minutes, not hours. */
    private static final Duration THROUGHPUT_PATIENCE = Duration.ofMinutes(15);

    private static final Duration LATENCY_PATIENCE = Duration.ofSeconds(30);
    private static final Duration FINE_POLL = Duration.ofMillis(10);

    private final ScenarioContext context;

    public BenchmarkSteps(ScenarioContext context) {
        this.context = context;
    }

    @Means("benchmark (`@benchmark`): the environment's start, per service, into `target/benchmarks/`")
    @Then("the benchmark records how long the environment took to start")
    public void environmentStart() {
        Environment environment = context.workspace().environment();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("environment", environment.name());
        figures.put("reused", environment.reused());
        if (environment.startTimes().isEmpty()) {
            throw new AssertionError("The " + environment.name() + " environment reported no start times");
        }
        environment
                .startTimes()
                .forEach(
                        (service, d) -> figures.put(service + "Seconds", BenchmarkReport.round(d.toMillis() / 1000.0)));
        BenchmarkReport.record("environment-start", figures);
    }

    @Means("benchmark: runs the shell script (local environment) that starts the same services from the same jars and "
            + "binaries, that many times; its median beside the environment's start, and their ratio")
    @Then("the benchmark times the hand-written script {string} starting the same services {int} times")
    public void rawScript(String script, int times) {
        Environment environment = context.workspace().environment();
        if (!(environment instanceof LocalEnvironment local)) {
            throw new TestAbortedException("The hand-written script starts local processes; the " + environment.name()
                    + " environment is not compared with it");
        }
        Duration environmentStart = environment.startTimes().get("environment");
        RawBaseline baseline = local.rawBaseline();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            seconds.add(baseline.timeOnce(
                                    Path.of(script),
                                    PostgresService.handWrittenScriptEnvironment(
                                            Path.of(Settings.fromJvm().get(Settings.WORK_DIR))))
                            .toMillis()
                    / 1000.0);
        }
        Map<String, Object> distribution = BenchmarkReport.distribution(seconds);
        BenchmarkReport.extend("environment-start", "rawScriptSeconds", distribution);
        BenchmarkReport.extend(
                "environment-start",
                "environmentToRawScript",
                BenchmarkReport.round2(environmentStart.toMillis() / 1000.0 / (Double) distribution.get("median")));
    }

    @Means("benchmark: inserts single rows one at a time and times each until it arrives; median and p95")
    @When("the benchmark measures the latency of {int} single rows from the {endpoint} to the {endpoint}")
    public void latency(int rows, Endpoint origin, Endpoint destination) {
        KeyedRows db = context.workspace().sessionAs(origin, KeyedRows.class, "take inserted rows");
        Destination target = context.workspace().destination(destination);
        List<Double> latenciesMs = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            long id = 1_000_000L + i;
            int before = target.count();
            long start = System.nanoTime();
            db.insert(origin, new TableData(List.of("id"), List.of(List.of(Long.toString(id)))));
            Eventually.check(
                    "row " + id + " in the " + target.describe(),
                    LATENCY_PATIENCE,
                    () -> Eventually.Observation.of(target.count() > before, target.count() + " records"),
                    context.workspace()::anyPipelineFailure,
                    FINE_POLL);
            latenciesMs.add((System.nanoTime() - start) / 1e6);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("path", origin.describe() + " -> " + destination.describe());
        figures.put("latencyMs", BenchmarkReport.distribution(latenciesMs));
        BenchmarkReport.record("end-to-end-latency", figures);
    }

    @Means(
            "benchmark: as `has {int} generated rows`, as many as the benchmark's size: `sluice.benchmark.rows` (default 100 000; CI runs the benchmark with a small one so it cannot rot)")
    @Given("the {endpoint} has the benchmark's number of generated rows")
    public void hasBenchmarkRows(Endpoint endpoint) {
        context.workspace()
                .sessionAs(endpoint, KeyedRows.class, "be seeded with generated rows")
                .seedGenerated(endpoint, benchmarkRows());
    }

    @Means("benchmark: starts the pipeline and times it until the destination holds that many records; rows per second")
    @When("the benchmark measures the throughput of the pipeline {string} until the {endpoint} has {int} records")
    public void throughput(String name, Endpoint destination, int records) {
        measureThroughput(name, destination, records);
    }

    @Means("benchmark: as above, until the destination holds the benchmark's number of records")
    @When(
            "the benchmark measures the throughput of the pipeline {string} until the {endpoint} has the benchmark's number of records")
    public void throughputOfBenchmarkRows(String name, Endpoint destination) {
        measureThroughput(name, destination, benchmarkRows());
    }

    @Means("benchmark: exactly the benchmark's number of rows or records, polled until the deadline")
    @Then("within {int} seconds the {endpoint} has the benchmark's number of records")
    public void hasBenchmarkRecords(int seconds, Endpoint endpoint) {
        DestinationAssertions.hasRecords(
                context.workspace().destination(endpoint),
                benchmarkRows(),
                Duration.ofSeconds(seconds),
                context.workspace()::anyPipelineFailure);
    }

    private static int benchmarkRows() {
        String value = SharedEnvironment.settings().get(Settings.BENCHMARK_ROWS).trim();
        if (!value.matches("[1-9]\\d{0,7}")) {
            throw new IllegalArgumentException("Setting " + Settings.BENCHMARK_ROWS
                    + " expects a number of rows from 1 to 99999999, but was '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    private void measureThroughput(String name, Endpoint destination, int records) {
        Pipeline pipeline = context.workspace().pipeline(name);
        Destination target = context.workspace().destination(destination);
        context.workspace().prepareDestination(pipeline.destination());
        long start = System.nanoTime();
        context.workspace().engine().start(pipeline, context.workspace().originSchema(pipeline.origin()));
        double startedSeconds = (System.nanoTime() - start) / 1e9;
        // The second half's rate is the pipeline's once its JVM has warmed up.
        SecondHalfRate secondHalf = new SecondHalfRate(records);
        Eventually.check(
                "the " + target.describe() + " has " + records + " records",
                THROUGHPUT_PATIENCE,
                () -> {
                    int count = target.count();
                    secondHalf.observed(count, System.nanoTime());
                    return Eventually.Observation.of(count >= records, count + " records");
                },
                context.workspace()::anyPipelineFailure,
                Duration.ofMillis(250));
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("path", pipeline.origin().describe() + " -> " + destination.describe());
        figures.put("records", records);
        figures.put("pipelineStartSeconds", BenchmarkReport.round(startedSeconds));
        figures.put("secondsUntilLastRecordReadable", BenchmarkReport.round(seconds));
        figures.put("recordsPerSecond", Math.round(records / seconds));
        OptionalLong secondHalfRate = secondHalf.recordsPerSecond(end);
        figures.put("secondHalfRecordsPerSecond", secondHalfRate.isPresent() ? secondHalfRate.getAsLong() : null);
        BenchmarkReport.record("throughput-" + name, figures);
    }

    @Means(
            "benchmark: reads the records of the pipeline's topic with a plain consumer and writes them again with a plain "
                    + "producer, on the same broker: the ceiling beside the pipeline's throughput")
    @When("the benchmark measures the raw Kafka rate with the records of the pipeline {string}")
    public void kafkaCeiling(String name) {
        Namespace namespace = context.workspace().namespace();
        KafkaSession kafka = context.workspace()
                .sessionAs(
                        Endpoint.parse("Kafka topic \"kafka-ceiling\""),
                        KafkaSession.class,
                        "be read for the raw Kafka rate");
        KafkaCeiling.Ceiling ceiling = new KafkaCeiling(kafka.topics())
                .measure(namespace.pipelineTopic(name), namespace.topic("kafka-ceiling"));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(
                "what",
                "the records of the pipeline's topic, read by a plain consumer and written again by a plain "
                        + "producer (acks=all, linger.ms=10, batch.size=512 KiB) on the same broker");
        figures.put("records", ceiling.consume().records());
        figures.put("bytes", ceiling.consume().bytes());
        figures.put("consumeRecordsPerSecond", ceiling.consume().recordsPerSecond());
        figures.put("consumeMegabytesPerSecond", ceiling.consume().megabytesPerSecond());
        figures.put("produceRecordsPerSecond", ceiling.produce().recordsPerSecond());
        figures.put("produceMegabytesPerSecond", ceiling.produce().megabytesPerSecond());
        BenchmarkReport.record("kafka-ceiling-" + name, figures);
        BenchmarkReport.extend(
                "throughput-" + name,
                "kafkaCeilingRecordsPerSecond",
                Math.min(ceiling.consume().recordsPerSecond(), ceiling.produce().recordsPerSecond()));
        // Keys and values as the topic holds them: what a format costs on the wire (Avro against JSON with schema).
        BenchmarkReport.extend(
                "throughput-" + name,
                "bytesPerRecord",
                ceiling.consume().records() == 0
                        ? 0
                        : Math.round((double) ceiling.consume().bytes()
                                / ceiling.consume().records()));
    }

    @Means("benchmark: the time Sluice spends per scenario creating and removing its resources")
    @Then("the benchmark records the framework overhead per scenario")
    public void overhead() {
        List<Double> samples = BenchmarkReport.scenarioOverheadsMs();
        if (samples.isEmpty()) {
            throw new AssertionError("No scenario has finished yet: put this step in a scenario after others");
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(
                "what",
                "per scenario, on its critical path: creating its database (overheadMs); deleting its connectors, "
                        + "database and topics (cleanUpMs) runs in the background once it has finished, except after "
                        + "scenarios that run alone (" + String.join(", ", Hooks.RUNS_ALONE) + ")");
        figures.put("overheadMs", BenchmarkReport.distribution(samples));
        figures.put(
                "cleanUpMs",
                BenchmarkReport.distribution(SharedEnvironment.cleanUp().durations().stream()
                        .map(d -> d.toNanos() / 1e6)
                        .toList()));
        BenchmarkReport.record("scenario-overhead", figures);
    }
}
