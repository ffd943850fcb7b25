package dev.sluice.steps;

import dev.sluice.environment.Environment;
import dev.sluice.environment.Settings;
import dev.sluice.sdk.ConnectClient;
import dev.sluice.sdk.pipeline.Endpoint;
import dev.sluice.sdk.pipeline.EngineView;
import dev.sluice.sdk.pipeline.Endpoint.KafkaTopic;
import dev.sluice.sdk.S3Endpoint;
import dev.sluice.sdk.pipeline.Endpoint.PostgresTable;
import dev.sluice.sdk.pipeline.Endpoint.S3Bucket;
import dev.sluice.sdk.pipeline.Namespace;
import dev.sluice.sdk.pipeline.OriginSchema;
import dev.sluice.sdk.pipeline.Pipeline;
import dev.sluice.sdk.pipeline.PipelineCompiler;
import dev.sluice.sdk.pipeline.PipelineEngine;
import dev.sluice.sdk.pipeline.PipelineException;
import dev.sluice.verify.Destination;
import dev.sluice.verify.KafkaDestination;
import dev.sluice.verify.KafkaTopics;
import dev.sluice.verify.PostgresDatabase;
import dev.sluice.verify.PostgresDestination;
import dev.sluice.verify.S3Destination;
import dev.sluice.verify.S3Lake;
import io.cucumber.java.Scenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the steps of one scenario share (injected into every step class): the scenario's namespace,
 * its database and topics, the pipelines it defines and the failures not yet checked by a step.
 */
public final class ScenarioContext {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Environment environment = SharedEnvironment.get();
    private final Namespace namespace = new Namespace(SharedEnvironment.run() + "_" + SEQUENCE.incrementAndGet());
    private final Map<String, Pipeline> pipelines = new LinkedHashMap<>();
    private final Map<String, PipelineException> failures = new LinkedHashMap<>();
    private final java.util.Set<String> checkedFailures = new java.util.HashSet<>();
    private PostgresDatabase database;
    private KafkaTopics kafka;
    private S3Lake lake;
    private final java.util.Set<String> buckets = new java.util.LinkedHashSet<>();
    /** Replaces the engine's view of S3, to see how pipelines fail when S3 does not answer. */
    private Optional<S3Endpoint> s3ForEngineOverride = Optional.empty();
    private PipelineEngine engine;
    private Scenario scenario;
    /** Time spent by Sluice itself (not by the engine or the steps' own work), for the benchmark. */
    private Duration frameworkTime = Duration.ZERO;

    public Namespace namespace() {
        return namespace;
    }

    public Environment environment() {
        return environment;
    }

    void scenario(Scenario scenario) {
        this.scenario = scenario;
    }

    public Scenario scenario() {
        return scenario;
    }

    public synchronized PostgresDatabase database() {
        if (database == null) {
            long begin = System.nanoTime();
            database = PostgresDatabase.create(environment.postgres(), namespace.database());
            frameworkTime = frameworkTime.plusNanos(System.nanoTime() - begin);
        }
        return database;
    }

    public synchronized KafkaTopics kafka() {
        if (kafka == null) {
            kafka = new KafkaTopics(environment.kafkaBootstrapServers());
        }
        return kafka;
    }

    public synchronized PipelineEngine engine() {
        if (engine == null) {
            database(); // connectors of this scenario read and write its database
            engine = new PipelineEngine(new ConnectClient(environment.connectUrl()),
                    new PipelineCompiler(namespace, new EngineView(environment.postgresForEngine(),
                            environment.kafkaBootstrapServersForEngine(), s3ForEngineOverride.or(environment::s3ForEngine))),
                    SharedEnvironment.settings().duration(Settings.PIPELINE_START_TIMEOUT));
        }
        return engine;
    }

    public synchronized S3Lake lake() {
        if (lake == null) {
            lake = new S3Lake(environment.s3().orElseThrow(() -> new IllegalStateException("The " + environment.name()
                    + " environment has no S3-compatible server. In the external environment, set sluice.s3.endpoint "
                    + "(with sluice.s3.access-key and sluice.s3.secret-key).")));
        }
        return lake;
    }

    /** From now on the engine is told that S3 answers at an address where nothing listens. */
    public synchronized void makeS3UnreachableForEngine(S3Endpoint unreachable) {
        if (engine != null) {
            throw new IllegalStateException("This step must come before the scenario's first pipeline is started");
        }
        s3ForEngineOverride = Optional.of(unreachable);
    }

    /** The engine client, or null when no step of this scenario used the engine. */
    public synchronized PipelineEngine engineIfStarted() {
        return engine;
    }

    public void define(Pipeline pipeline) {
        pipelines.put(pipeline.name(), pipeline);
    }

    public Pipeline pipeline(String name) {
        Pipeline p = pipelines.get(name);
        if (p == null) {
            throw new IllegalArgumentException("No pipeline \"" + name + "\" is defined in this scenario (defined: "
                    + pipelines.keySet() + "). Define it first: Given a pipeline \"" + name + "\" from the ... to the ...");
        }
        return p;
    }

    public OriginSchema originSchema(Endpoint origin) {
        if (origin instanceof PostgresTable table) {
            return database().originSchema(table);
        }
        return kafka().schemaOf(topicOf(origin)).orElse(new OriginSchema(List.of(), List.of()));
    }

    public String topicOf(Endpoint endpoint) {
        return namespace.topic(((KafkaTopic) endpoint).name());
    }

    public Destination destination(Endpoint endpoint) {
        if (endpoint instanceof PostgresTable table) {
            return new PostgresDestination(database(), table);
        }
        if (endpoint instanceof S3Bucket bucket) {
            return new S3Destination(lake(), bucket.name(), namespace.bucket(bucket.name()));
        }
        KafkaTopic topic = (KafkaTopic) endpoint;
        return new KafkaDestination(kafka(), topic.name(), namespace.topic(topic.name()));
    }

    public void recordFailure(PipelineException failure) {
        failures.put(failure.pipeline(), failure);
        checkedFailures.remove(failure.pipeline());
    }

    /** The recorded failure of the pipeline, from now on counted as checked by a step. */
    public Optional<PipelineException> consumeFailure(String pipeline) {
        checkedFailures.add(pipeline);
        return Optional.ofNullable(failures.get(pipeline));
    }

    /** Failures, recorded at start or seen in the engine now, of pipelines that no step checked for failure. */
    public Map<String, PipelineException> unconsumedFailures() {
        Map<String, PipelineException> unchecked = new LinkedHashMap<>(failures);
        if (engine != null) {
            for (String name : engine.pipelineNames()) {
                if (!unchecked.containsKey(name)) {
                    engine.failure(name).ifPresent(f -> unchecked.put(name, f));
                }
            }
        }
        unchecked.keySet().removeAll(checkedFailures);
        return unchecked;
    }

    /** Prepares a destination that the pipeline's sink cannot create itself: its schema. */
    public void prepareDestination(Endpoint destination) {
        if (destination instanceof PostgresTable table) {
            database().createSchema(table.schema());
        } else if (destination instanceof S3Bucket bucket && !buckets.contains(namespace.bucket(bucket.requireValidName().name()))) {
            lake().createBucket(namespace.bucket(bucket.name()), bucket.describe());
            buckets.add(namespace.bucket(bucket.name()));
        }
    }

    /** A reason to stop waiting for data: a pipeline of this scenario has failed. */
    public Optional<String> anyPipelineFailure() {
        if (!failures.isEmpty()) {
            return Optional.of(failures.values().iterator().next().getMessage());
        }
        if (engine == null) {
            return Optional.empty();
        }
        for (String name : engine.pipelineNames()) {
            Optional<PipelineException> failure = engine.failure(name);
            if (failure.isPresent()) {
                return Optional.of(failure.get().getMessage());
            }
        }
        return Optional.empty();
    }

    /** Removes everything the scenario created: connectors, its database (with slots) and its topics. */
    void cleanUp() {
        long begin = System.nanoTime();
        try {
            removeAll();
        } finally {
            frameworkTime = frameworkTime.plusNanos(System.nanoTime() - begin);
        }
    }

    Duration frameworkTime() {
        return frameworkTime;
    }

    private void removeAll() {
        RuntimeException first = null;
        for (Runnable step : new Runnable[] {
                () -> { if (engine != null) engine.deleteAll(); },
                () -> { if (database != null) database.drop(); },
                () -> { if (kafka != null || engine != null) kafka().deleteTopicsStartingWith(namespace.topicPrefix()); },
                () -> { if (kafka != null) kafka.close(); },
                () -> buckets.forEach(b -> lake().deleteBucket(b)),
                () -> { if (lake != null) lake.close(); }}) {
            try {
                step.run();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
