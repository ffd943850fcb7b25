package dev.sluice.workspace;

import dev.sluice.sdk.pipeline.PipelineEngine;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.Placeholders;
import dev.sluice.sdk.system.Services;
import dev.sluice.sdk.system.SystemSession;
import dev.sluice.sdk.system.Systems;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The systems' sessions of one workspace, opened on first use and closed together after its connectors are gone. */
final class WorkspaceSessions {
    private final Services services;
    private final Namespace namespace;
    private final Map<String, SystemSession> open = new LinkedHashMap<>();
    /** Time spent opening and closing sessions (creating and removing resources), for the benchmark. */
    private Duration overhead = Duration.ZERO;

    WorkspaceSessions(Services services, Namespace namespace) {
        this.services = services;
        this.namespace = namespace;
    }

    synchronized SystemSession of(DataSystem system) {
        SystemSession session = open.get(system.id());
        if (session == null) {
            long begin = System.nanoTime();
            session = system.open(services, namespace);
            overhead = overhead.plusNanos(System.nanoTime() - begin);
            open.put(system.id(), session);
        }
        return session;
    }

    /**
     * Opens what a pipeline's connectors will use before they exist: its ends, what they need (a
     * catalog database) and the topic system, whose session removes the pipeline's topics later.
     */
    synchronized void openFor(Endpoint origin, Endpoint destination) {
        open(List.of(origin.system().id(), destination.system().id()));
    }

    /** Opens the sessions of these systems (by id), of the systems they need, and of the topic system. */
    synchronized void open(Collection<String> systemIds) {
        List<DataSystem> used = new ArrayList<>();
        systemIds.forEach(id -> Systems.byId(id).ifPresent(used::add));
        for (DataSystem end : List.copyOf(used)) {
            end.needs().forEach(id -> Systems.byId(id).ifPresent(used::add));
        }
        Systems.all().stream().filter(DataSystem::isTopic).forEach(used::add);
        used.forEach(this::of);
    }

    /**
     * Opens the sessions of the systems a team's connector files name through placeholders (so
     * {@code ${postgres.database}} exists and is removed later), and prepares the destinations they
     * name ({@code ${bucket:lake}} is created like a generated pipeline's bucket).
     */
    void openWhatFilesName(Placeholders placeholders, Set<String> used) {
        open(placeholders.systemsOf(used));
        for (Map.Entry<String, String> named : placeholders.namedIn(used)) {
            Systems.byId(named.getKey())
                    .map(system -> system.endpoint(named.getValue()))
                    .filter(endpoint -> endpoint.system().canBeDestination())
                    .ifPresent(endpoint -> of(endpoint.system()).prepareDestination(endpoint));
        }
    }

    synchronized Duration overhead() {
        return overhead;
    }

    /** Every session keeps its data and releases its connections; what is left, one line each. */
    synchronized List<String> keep() {
        List<String> lines = new ArrayList<>();
        open.values().forEach(s -> {
            try {
                lines.addAll(s.keep());
            } catch (RuntimeException e) {
                lines.add(s.system().id() + ": could not be kept: " + e.getMessage());
            }
        });
        open.clear();
        return lines;
    }

    /** Deletes the engine's connectors, then closes every session; all steps run, errors are kept together. */
    synchronized void close(Optional<PipelineEngine> engine) {
        long begin = System.nanoTime();
        List<Runnable> steps = new ArrayList<>();
        engine.ifPresent(e -> steps.add(e::deleteAll));
        open.values().forEach(s -> steps.add(s::close));
        RuntimeException failure = null;
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        open.clear();
        overhead = overhead.plusNanos(System.nanoTime() - begin);
        if (failure != null) {
            throw failure;
        }
    }
}
