package dev.sluice.sdk.pipeline;

import dev.sluice.sdk.PostgresEndpoint;
import dev.sluice.sdk.S3Endpoint;

import java.util.Optional;

/**
 * The systems as the pipeline engine reaches them (in containers, other addresses than the
 * tests use): what connector configurations must name.
 */
public record EngineView(PostgresEndpoint postgres, String kafkaBootstrapServers, Optional<S3Endpoint> s3) {
}
