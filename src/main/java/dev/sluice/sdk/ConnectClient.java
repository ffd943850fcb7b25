package dev.sluice.sdk;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Kafka Connect's REST API. One request specification for this engine, no global rest-assured
 * state, so several clients (several engines) can live in one JVM.
 */
public final class ConnectClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The engine refuses some requests while its workers rebalance; such a request is retried for this long. */
    private static final Duration REBALANCE_PATIENCE = Duration.ofSeconds(30);

    /** The engine answers a request within its own 90 s request timeout, or with 500. */
    private static final Duration ENGINE_ANSWER = Duration.ofSeconds(90);

    private final Supplier<URI> baseUri;
    private final RequestSpecification spec;
    private final LastExchangeFilter lastExchange = new LastExchangeFilter();

    public ConnectClient(URI baseUri) {
        this(() -> baseUri);
    }

    /**
     * A client of a cluster whose answering worker may change (a worker was killed): each request
     * goes to the address the supplier gives at that moment.
     */
    public ConnectClient(Supplier<URI> baseUri) {
        this(baseUri, ConnectAccess.OPEN);
    }

    /** A client that authenticates (basic) and trusts the engine's HTTPS certificate as {@code access} says. */
    public ConnectClient(Supplier<URI> baseUri, ConnectAccess access) {
        this(baseUri, access, ENGINE_ANSWER);
    }

    /**
     * As above, giving up on an answer after {@code answerTimeout}: for a health check, where an engine that holds a
     * request (its worker waits for a stuck read) must not hold the check as long as the engine's own 90 s.
     */
    public ConnectClient(Supplier<URI> baseUri, ConnectAccess access, Duration answerTimeout) {
        this.baseUri = baseUri;
        RestAssuredConfig config = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", 5_000)
                        .setParam("http.socket.timeout", (int) answerTimeout.toMillis()));
        if (access.trustStore() != null) {
            config = config.sslConfig(
                    SSLConfig.sslConfig().trustStore(access.trustStore().toString(), access.trustStorePassword()));
        }
        RequestSpecBuilder builder = new RequestSpecBuilder()
                .setContentType(ContentType.JSON)
                .setAccept(ContentType.JSON)
                .setConfig(config)
                .addFilter(lastExchange);
        if (access.authenticates()) {
            // Preemptive: Connect's extension answers 401 without a challenge a client could follow.
            builder.setAuth(RestAssured.preemptive().basic(access.user(), access.password()));
        }
        this.spec = builder.build();
    }

    public URI baseUri() {
        return baseUri.get();
    }

    /** The last request and response, secrets masked, for failure reports. */
    public String lastExchange() {
        return lastExchange.describe();
    }

    public List<String> connectors() {
        List<String> names = new ArrayList<>();
        json(send(Method.GET, "/connectors", null, 200)).forEach(n -> names.add(n.asText()));
        return names;
    }

    /** Creates the connector, or replaces its configuration when it exists. */
    public void createOrUpdate(String name, Map<String, String> config) {
        send(Method.PUT, "/connectors/" + name + "/config", config, 200, 201);
    }

    public Optional<Map<String, String>> config(String name) {
        Response r = sendAllowing404(Method.GET, "/connectors/" + name + "/config");
        return r == null
                ? Optional.empty()
                : Optional.of(JSON.convertValue(
                        json(r), new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {}));
    }

    /** Deletes the connector; returns false when there was none of that name. */
    public boolean delete(String name) {
        return sendAllowing404(Method.DELETE, "/connectors/" + name) != null;
    }

    public void pause(String name) {
        send(Method.PUT, "/connectors/" + name + "/pause", null, 202);
    }

    public void resume(String name) {
        send(Method.PUT, "/connectors/" + name + "/resume", null, 202);
    }

    /** Stops the connector and its tasks but keeps its configuration and offsets. */
    public void stop(String name) {
        send(Method.PUT, "/connectors/" + name + "/stop", null, 202, 204);
    }

    public void restart(String name, boolean includeTasks, boolean onlyFailed) {
        send(
                Method.POST,
                "/connectors/" + name + "/restart?includeTasks=" + includeTasks + "&onlyFailed=" + onlyFailed,
                null,
                200,
                202,
                204);
    }

    public Optional<ConnectorStatus> status(String name) {
        Response r = sendAllowing404(Method.GET, "/connectors/" + name + "/status");
        return r == null ? Optional.empty() : Optional.of(ConnectorStatus.fromJson(json(r)));
    }

    public JsonNode offsets(String name) {
        return json(send(Method.GET, "/connectors/" + name + "/offsets", null, 200));
    }

    /** Whether an answer of {@link #offsets} holds a committed offset. */
    public static boolean holdsCommittedOffset(JsonNode offsetsAnswer) {
        for (JsonNode entry : offsetsAnswer.path("offsets")) {
            if (entry.path("offset").isObject() && !entry.path("offset").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Connector classes the engine can run (its stage libraries), with their types and versions. */
    public List<ConnectorPlugin> connectorPlugins() {
        List<ConnectorPlugin> plugins = new ArrayList<>();
        json(send(Method.GET, "/connector-plugins", null, 200))
                .forEach(p -> plugins.add(new ConnectorPlugin(
                        p.path("class").asText(),
                        p.path("type").asText(),
                        p.path("version").asText())));
        return plugins;
    }

    public record ConnectorPlugin(String className, String type, String version) {}

    /** The Kafka release the engine's workers run ({@code GET /}). */
    public String kafkaVersion() {
        return json(send(Method.GET, "/", null, 200)).path("version").asText();
    }

    public ValidationResult validate(String connectorClass, Map<String, String> config) {
        String simpleName = connectorClass.substring(connectorClass.lastIndexOf('.') + 1);
        return ValidationResult.fromJson(
                connectorClass,
                json(send(Method.PUT, "/connector-plugins/" + simpleName + "/config/validate", config, 200)));
    }

    private Response sendAllowing404(Method method, String path) {
        Response r = exchange(method, path, null);
        if (r.statusCode() == 404) {
            return null;
        }
        return expect(method, path, r, 200, 202, 204);
    }

    private Response send(Method method, String path, Object body, int... expected) {
        return expect(method, path, exchange(method, path, body), expected);
    }

    private Response exchange(Method method, String path, Object body) {
        long deadline = System.nanoTime() + REBALANCE_PATIENCE.toNanos();
        while (true) {
            RequestSpecification request =
                    given().spec(spec).baseUri(baseUri.get().toString());
            if (body != null) {
                request.body(toJson(body));
            }
            Response response = request.request(method, path);
            if (!duringRebalance(response) || System.nanoTime() > deadline) {
                return response;
            }
            pause(Duration.ofMillis(250));
        }
    }

    /**
     * The engine's answers while its workers rebalance: 409, or 500 "a rebalance is expected" for a
     * read that reaches the herder between a configuration write and the rebalance it sets off.
     */
    static boolean duringRebalance(int status, String body) {
        return status == 409 || (status == 500 && body.contains("rebalance is expected"));
    }

    private static boolean duringRebalance(Response response) {
        return duringRebalance(response.statusCode(), response.statusCode() == 500 ? response.asString() : "");
    }

    private static Response expect(Method method, String path, Response response, int... expected) {
        for (int code : expected) {
            if (response.statusCode() == code) {
                return response;
            }
        }
        throw new EngineException(method + " " + path, response.statusCode(), response.asString());
    }

    private static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (JsonProcessingException e) {
            throw new EngineException("parsing the engine's answer", response.statusCode(), response.asString());
        }
    }

    private static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Remembers the last exchange with secrets masked: the engine's side of a failure report. */
    private static final class LastExchangeFilter implements Filter {
        private volatile String last = "(no request yet)";

        @Override
        public Response filter(
                io.restassured.specification.FilterableRequestSpecification request,
                io.restassured.specification.FilterableResponseSpecification response,
                io.restassured.filter.FilterContext ctx) {
            Response r = ctx.next(request, response);
            Object body = request.getBody();
            last = request.getMethod() + " " + request.getURI()
                    + (body == null ? "" : "\n" + redactJson(body.toString()))
                    + "\n-> HTTP " + r.statusCode() + "\n" + Redactor.redact(r.asString());
            return r;
        }

        String describe() {
            return last;
        }

        private static String redactJson(String body) {
            try {
                JsonNode node = JSON.readTree(body);
                if (node.isObject()) {
                    Map<String, String> map = JSON.convertValue(
                            node, new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
                    return JSON.writeValueAsString(Redactor.redact(map));
                }
            } catch (Exception ignored) {
                // not a flat configuration: fall through to value masking
            }
            return Redactor.redact(body);
        }
    }
}
