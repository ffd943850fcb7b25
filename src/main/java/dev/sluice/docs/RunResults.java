package dev.sluice.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run of the acceptance suite as Cucumber's message stream tells it (the envelopes of the
 * {@code message} format, one JSON object each): features with their narrative and tags, and the
 * scenarios that ran, with steps, statuses, durations and attachments. Paths are made relative to
 * the project root, so no machine path reaches the documentation.
 */
public record RunResults(Instant started, Duration took, List<Feature> features) {

    public record Feature(String path, String name, String description, List<String> tags, List<Scenario> scenarios) {
        public long count(String status) {
            return scenarios.stream().filter(s -> s.status().equals(status)).count();
        }
    }

    public record Scenario(
            String id,
            String name,
            String description,
            List<String> tags,
            String status,
            Duration took,
            List<Step> steps,
            List<Attachment> attachments) {}

    public record Step(String keyword, String text, List<List<String>> table, String status, String error) {}

    public record Attachment(String name, String mediaType, String body) {}

    /** Reads the envelopes; {@code projectRoot} is the absolute path that feature URIs are made relative to. */
    public static RunResults of(List<JsonNode> envelopes, String projectRoot) {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        Map<String, JsonNode> pickles = new LinkedHashMap<>();
        Map<String, JsonNode> testCases = new HashMap<>();
        Map<String, String> latestStartOfPickle = new HashMap<>();
        Map<String, JsonNode> starts = new HashMap<>();
        Map<String, Map<String, JsonNode>> stepResults = new HashMap<>();
        Map<String, List<Attachment>> attachments = new HashMap<>();
        Instant started = null;
        Instant finished = null;
        for (JsonNode e : envelopes) {
            if (e.has("gherkinDocument")) {
                documents.put(e.get("gherkinDocument").path("uri").asText(), e.get("gherkinDocument"));
            } else if (e.has("pickle")) {
                pickles.put(e.get("pickle").path("id").asText(), e.get("pickle"));
            } else if (e.has("testCase")) {
                testCases.put(e.get("testCase").path("id").asText(), e.get("testCase"));
            } else if (e.has("testCaseStarted")) {
                JsonNode s = e.get("testCaseStarted");
                starts.put(s.path("id").asText(), s);
                JsonNode testCase = testCases.get(s.path("testCaseId").asText());
                if (testCase != null) {
                    latestStartOfPickle.put(
                            testCase.path("pickleId").asText(), s.path("id").asText());
                }
            } else if (e.has("testStepFinished")) {
                JsonNode f = e.get("testStepFinished");
                stepResults
                        .computeIfAbsent(f.path("testCaseStartedId").asText(), k -> new HashMap<>())
                        .put(f.path("testStepId").asText(), f.path("testStepResult"));
            } else if (e.has("attachment")) {
                JsonNode a = e.get("attachment");
                attachments
                        .computeIfAbsent(a.path("testCaseStartedId").asText(), k -> new ArrayList<>())
                        .add(new Attachment(
                                a.path("fileName").asText(""),
                                a.path("mediaType").asText(),
                                withoutMachinePaths(text(a), projectRoot)));
            } else if (e.has("testRunStarted")) {
                started = instant(e.get("testRunStarted").path("timestamp"));
            } else if (e.has("testRunFinished")) {
                finished = instant(e.get("testRunFinished").path("timestamp"));
            }
        }
        List<Feature> features = new ArrayList<>();
        for (Map.Entry<String, JsonNode> doc : documents.entrySet()) {
            GherkinIndex index = new GherkinIndex(doc.getValue());
            List<Scenario> scenarios = new ArrayList<>();
            for (JsonNode pickle : pickles.values()) {
                String startId = latestStartOfPickle.get(pickle.path("id").asText());
                if (!pickle.path("uri").asText().equals(doc.getKey()) || startId == null) {
                    continue;
                }
                JsonNode testCase =
                        testCases.get(starts.get(startId).path("testCaseId").asText());
                scenarios.add(scenario(
                        pickle,
                        testCase,
                        index,
                        stepResults.getOrDefault(startId, Map.of()),
                        attachments.getOrDefault(startId, List.of()),
                        projectRoot));
            }
            if (!scenarios.isEmpty()) {
                JsonNode feature = doc.getValue().path("feature");
                features.add(new Feature(
                        relative(doc.getKey(), projectRoot),
                        feature.path("name").asText(),
                        feature.path("description").asText("").strip(),
                        names(feature.path("tags")),
                        scenarios));
            }
        }
        features.sort(java.util.Comparator.comparing(Feature::path));
        Duration took = started == null || finished == null ? Duration.ZERO : Duration.between(started, finished);
        return new RunResults(started, took, features);
    }

    /** Up to {@code limit} distinct step texts per step definition id, as the features used them. */
    public static Map<String, List<String>> examplesOfStepDefinitions(List<JsonNode> envelopes, int limit) {
        Map<String, String> pickleStepTexts = new HashMap<>();
        for (JsonNode e : envelopes) {
            e.path("pickle")
                    .path("steps")
                    .forEach(s -> pickleStepTexts.put(
                            s.path("id").asText(), s.path("text").asText()));
        }
        Map<String, List<String>> examples = new LinkedHashMap<>();
        for (JsonNode e : envelopes) {
            for (JsonNode step : e.path("testCase").path("testSteps")) {
                String text = pickleStepTexts.get(step.path("pickleStepId").asText());
                for (JsonNode id : step.path("stepDefinitionIds")) {
                    List<String> found = examples.computeIfAbsent(id.asText(), k -> new ArrayList<>());
                    if (text != null && found.size() < limit && !found.contains(text)) {
                        found.add(text);
                    }
                }
            }
        }
        return examples;
    }

    private static Scenario scenario(
            JsonNode pickle,
            JsonNode testCase,
            GherkinIndex index,
            Map<String, JsonNode> results,
            List<Attachment> attachments,
            String projectRoot) {
        Map<String, String> stepOfPickleStep = new HashMap<>();
        Duration took = Duration.ZERO;
        String status = "PASSED";
        for (JsonNode step : testCase.path("testSteps")) {
            JsonNode result = results.get(step.path("id").asText());
            if (step.has("pickleStepId")) {
                stepOfPickleStep.put(
                        step.path("pickleStepId").asText(), step.path("id").asText());
            }
            if (result != null) {
                took = took.plus(duration(result.path("duration")));
                status = worse(status, result.path("status").asText());
            }
        }
        List<Step> steps = new ArrayList<>();
        for (JsonNode ps : pickle.path("steps")) {
            JsonNode result = Optional.ofNullable(
                            stepOfPickleStep.get(ps.path("id").asText()))
                    .map(results::get)
                    .orElse(null);
            List<List<String>> table = new ArrayList<>();
            for (JsonNode row : ps.path("argument").path("dataTable").path("rows")) {
                List<String> cells = new ArrayList<>();
                row.path("cells").forEach(c -> cells.add(c.path("value").asText()));
                table.add(cells);
            }
            steps.add(new Step(
                    index.keyword(ps.path("astNodeIds").path(0).asText()),
                    ps.path("text").asText(),
                    table,
                    result == null ? "UNKNOWN" : result.path("status").asText(),
                    result == null
                            ? null
                            : withoutMachinePaths(result.path("message").asText(null), projectRoot)));
        }
        String astId = pickle.path("astNodeIds").path(0).asText();
        return new Scenario(
                pickle.path("id").asText(),
                pickle.path("name").asText(),
                index.description(astId),
                names(pickle.path("tags")),
                status,
                took,
                steps,
                attachments);
    }

    private static final List<String> SEVERITY =
            List.of("PASSED", "UNKNOWN", "SKIPPED", "PENDING", "UNDEFINED", "AMBIGUOUS", "FAILED");

    static String worse(String a, String b) {
        return SEVERITY.indexOf(b) > SEVERITY.indexOf(a) ? b : a;
    }

    private static List<String> names(JsonNode tags) {
        List<String> names = new ArrayList<>();
        tags.forEach(t -> names.add(t.path("name").asText()));
        return names;
    }

    /** An attachment's body as the pages show it: bytes attached by a step arrive base64-encoded. */
    private static String text(JsonNode attachment) {
        String body = attachment.path("body").asText();
        return "BASE64".equals(attachment.path("contentEncoding").asText())
                        && attachment.path("mediaType").asText().startsWith("text/")
                ? new String(java.util.Base64.getDecoder().decode(body), java.nio.charset.StandardCharsets.UTF_8)
                : body;
    }

    /**
     * A failure's message or a diagnostic names files by their absolute path (a connector's resolved
     * {@code ${file:…}}, a step's location): within the project they read as relative paths.
     */
    static String withoutMachinePaths(String text, String projectRoot) {
        if (text == null) {
            return null;
        }
        String root = projectRoot.endsWith("/") ? projectRoot : projectRoot + "/";
        return text.replace("file://" + root, "").replace("file:" + root, "").replace(root, "");
    }

    static String relative(String uri, String projectRoot) {
        String path = uri.startsWith("file:") ? java.net.URI.create(uri).getPath() : uri;
        String root = projectRoot.endsWith("/") ? projectRoot : projectRoot + "/";
        return path.startsWith(root) ? path.substring(root.length()) : path.replaceFirst("^classpath:", "");
    }

    private static Instant instant(JsonNode timestamp) {
        return Instant.ofEpochSecond(
                timestamp.path("seconds").asLong(), timestamp.path("nanos").asLong());
    }

    private static Duration duration(JsonNode d) {
        return Duration.ofSeconds(d.path("seconds").asLong(), d.path("nanos").asLong());
    }

    /** Keywords and descriptions of a feature file's steps and scenarios, by AST node id. */
    private static final class GherkinIndex {
        private final Map<String, String> keywords = new HashMap<>();
        private final Map<String, String> descriptions = new HashMap<>();

        GherkinIndex(JsonNode document) {
            visit(document.path("feature").path("children"));
        }

        private void visit(JsonNode children) {
            for (JsonNode child : children) {
                for (String kind : List.of("background", "scenario")) {
                    JsonNode node = child.path(kind);
                    if (!node.isMissingNode()) {
                        descriptions.put(
                                node.path("id").asText(),
                                node.path("description").asText("").strip());
                        node.path("steps")
                                .forEach(s -> keywords.put(
                                        s.path("id").asText(), s.path("keyword").asText()));
                    }
                }
                visit(child.path("rule").path("children"));
            }
        }

        String keyword(String stepId) {
            return keywords.getOrDefault(stepId, "* ").strip();
        }

        String description(String scenarioId) {
            return descriptions.getOrDefault(scenarioId, "");
        }
    }
}
