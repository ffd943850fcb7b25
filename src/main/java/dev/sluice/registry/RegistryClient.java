package dev.sluice.registry;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The schema registry's Confluent-compatible API ({@code /apis/ccompat/v7}), as a test reaches it:
 * one request specification for this registry, no global rest-assured state. Every failed call
 * says which request it was and what the registry answered.
 */
public final class RegistryClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final RegistryEndpoint registry;
    private final RequestSpecification spec;

    public RegistryClient(RegistryEndpoint registry) {
        this.registry = registry;
        RequestSpecBuilder builder = new RequestSpecBuilder()
                .setBaseUri(registry.confluentApi())
                .setContentType(CONTENT_TYPE)
                .setAccept(CONTENT_TYPE)
                .setConfig(RestAssuredConfig.config()
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .setParam("http.connection.timeout", 5_000)
                                .setParam("http.socket.timeout", 30_000)));
        if (registry.authenticates()) {
            builder.setAuth(RestAssured.preemptive().basic(registry.user(), registry.password()));
        }
        this.spec = builder.build();
    }

    public RegistryEndpoint registry() {
        return registry;
    }

    /** Registers an Avro schema under the subject (a new version when it differs from the latest); returns its id. */
    public int register(String subject, String avroSchema) {
        return json(send(Method.POST, "/subjects/" + subject + "/versions", Map.of("schema", avroSchema), 200))
                .path("id")
                .asInt();
    }

    /** The subject's version numbers, oldest first; empty when the registry does not know the subject. */
    public List<Integer> versions(String subject) {
        Response r = exchange(Method.GET, "/subjects/" + subject + "/versions", null);
        if (r.statusCode() == 404) {
            return List.of();
        }
        List<Integer> versions = new ArrayList<>();
        json(expect(Method.GET, "/subjects/" + subject + "/versions", r, 200)).forEach(v -> versions.add(v.asInt()));
        return versions;
    }

    /** The subject's latest schema, as the registry stores it. */
    public String latestSchema(String subject) {
        return json(send(Method.GET, "/subjects/" + subject + "/versions/latest", null, 200))
                .path("schema")
                .asText();
    }

    /** A schema the registry knows by id, and its type; empty when it knows no such id. */
    public java.util.Optional<RegisteredSchema> schemaById(int id) {
        String path = "/schemas/ids/" + id;
        Response r = exchange(Method.GET, path, null);
        if (r.statusCode() == 404) {
            return java.util.Optional.empty();
        }
        JsonNode schema = json(expect(Method.GET, path, r, 200));
        return java.util.Optional.of(new RegisteredSchema(
                id,
                schema.path("schemaType").asText("AVRO"),
                schema.path("schema").asText()));
    }

    /** A schema as registered: its id, its type ({@code AVRO}, {@code JSON}, {@code PROTOBUF}) and its text. */
    public record RegisteredSchema(int id, String type, String text) {}

    /** The compatibility levels a subject may require of its next versions. */
    public static final List<String> COMPATIBILITY_LEVELS = List.of(
            "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE", "NONE");

    /**
     * Makes the registry refuse a new version of the subject that breaks this compatibility level. The subject
     * must exist: a rule belongs to it, so it is set once the first schema is registered.
     */
    public void requireCompatibility(String subject, String level) {
        if (!COMPATIBILITY_LEVELS.contains(level)) {
            throw new IllegalArgumentException(
                    "Unknown compatibility level '" + level + "': expected one of " + COMPATIBILITY_LEVELS);
        }
        if (versions(subject).isEmpty()) {
            throw new IllegalStateException("The schema registry at " + registry + " has no subject " + subject
                    + " yet, and a compatibility rule belongs to a subject: set it after the topic's first records "
                    + "(e.g. after 'Then within N seconds the Kafka topic … has N records')");
        }
        send(Method.PUT, "/config/" + subject, Map.of("compatibility", level), 200);
    }

    /** Every subject the registry knows. */
    public List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        json(send(Method.GET, "/subjects", null, 200)).forEach(s -> subjects.add(s.asText()));
        return subjects;
    }

    /** Removes the subject and all its versions for good; nothing when it does not exist. */
    public void delete(String subject) {
        for (String query : List.of("", "?permanent=true")) {
            Response r = exchange(Method.DELETE, "/subjects/" + subject + query, null);
            if (r.statusCode() != 404) {
                expect(Method.DELETE, "/subjects/" + subject + query, r, 200);
            }
        }
    }

    private Response send(Method method, String path, Object body, int expected) {
        return expect(method, path, exchange(method, path, body), expected);
    }

    private Response exchange(Method method, String path, Object body) {
        RequestSpecification request = given(spec);
        if (body != null) {
            request.body(body);
        }
        return request.request(method, path);
    }

    private Response expect(Method method, String path, Response r, int expected) {
        if (r.statusCode() != expected) {
            throw new IllegalStateException("The schema registry at " + registry + " answered " + method + " " + path
                    + " with HTTP " + r.statusCode() + " (expected " + expected + "): " + r.asString());
        }
        return r;
    }

    private static JsonNode json(Response r) {
        try {
            return JSON.readTree(r.asString());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The schema registry answered with something other than JSON: " + r.asString(), e);
        }
    }
}
