package dev.sluice.sdk.system;

import dev.sluice.sdk.Redactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ${...}} placeholders of a team's own connector configurations: values such as
 * {@code ${postgres.host}} (addresses as the engine reaches them) and names in a workspace's
 * namespace such as {@code ${topic:orders}}. Each system adds its own (see {@link
 * DataSystem#addPlaceholders}); values are computed only when used, so a service nobody names
 * is never started. Values of secret placeholders are registered with the {@link Redactor}.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private record Value(String system, Supplier<String> value, boolean secret) {}

    private record Kind(String system, Function<String, String> name) {}

    /** A {@code kind:name} placeholder of a known kind, with a name. */
    private record Named(Kind kind, String name) {}

    private final Map<String, Value> values = new LinkedHashMap<>();
    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    /** {@code ${name}}, answered by the system with this id. */
    public Placeholders value(String name, String system, Supplier<String> value) {
        values.put(name, new Value(system, value, false));
        return this;
    }

    /** A value that must never be seen in a report or a log (a password, a secret key). */
    public Placeholders secret(String name, String system, Supplier<String> value) {
        values.put(name, new Value(system, value, true));
        return this;
    }

    /** {@code ${kind:name}}: the engine-side name of the thing the feature calls {@code name}. */
    public Placeholders name(String kind, String system, Function<String, String> engineName) {
        kinds.put(kind, new Kind(system, engineName));
        return this;
    }

    /** {@code ${<id>.host}}, {@code .port}, {@code .user}, {@code .password} (secret) of a database server. */
    public Placeholders server(String system, Supplier<DatabaseServer> server) {
        return value(system + ".host", system, () -> server.get().host())
                .value(
                        system + ".port",
                        system,
                        () -> Integer.toString(server.get().port()))
                .value(system + ".user", system, () -> server.get().user())
                .secret(system + ".password", system, () -> server.get().password());
    }

    /** The placeholders written in this text, without {@code ${ }}, in order of appearance. */
    public static Set<String> usedIn(String text) {
        Set<String> used = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            used.add(m.group(1).trim());
        }
        return used;
    }

    /** The ids of the systems that answer these placeholders (unknown ones are left out: {@link #resolve} names them). */
    public Set<String> systemsOf(Set<String> placeholders) {
        Set<String> systems = new LinkedHashSet<>();
        for (String p : placeholders) {
            Value v = values.get(p);
            if (v != null && !v.system().isEmpty()) {
                systems.add(v.system());
            } else {
                named(p).ifPresent(n -> systems.add(n.kind().system()));
            }
        }
        return systems;
    }

    /** The things named by {@code ${kind:name}} placeholders among these: system id and the feature's name. */
    public List<Map.Entry<String, String>> namedIn(Set<String> placeholders) {
        List<Map.Entry<String, String>> named = new ArrayList<>();
        for (String p : placeholders) {
            named(p).ifPresent(n -> named.add(Map.entry(n.kind().system(), n.name())));
        }
        return named;
    }

    /** Every placeholder known here, as a feature writer would write it. */
    public List<String> known() {
        Set<String> known = new TreeSet<>();
        values.keySet().forEach(n -> known.add("${" + n + "}"));
        kinds.keySet().forEach(k -> known.add("${" + k + ":<name>}"));
        return new ArrayList<>(known);
    }

    /**
     * The text with every placeholder replaced. Throws {@link IllegalArgumentException} naming the
     * unknown placeholder, where it was ({@code where}) and every known one.
     */
    public String resolve(String text, String where) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(valueOf(m.group(1).trim(), where)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String valueOf(String placeholder, String where) {
        Value v = values.get(placeholder);
        if (v != null) {
            String value = v.value().get();
            if (v.secret()) {
                Redactor.register(value);
            }
            return value;
        }
        Optional<Named> named = named(placeholder);
        if (named.isPresent()) {
            return named.get().kind().name().apply(named.get().name());
        }
        throw new IllegalArgumentException("Unknown placeholder ${" + placeholder + "} in " + where + ". Known: "
                + String.join(", ", known()) + ".");
    }

    /** The kind and name of a {@code ${kind:name}} placeholder; empty for any other, or an unknown kind, or no name. */
    private Optional<Named> named(String placeholder) {
        int colon = placeholder.indexOf(':');
        Kind kind = colon > 0 ? kinds.get(placeholder.substring(0, colon)) : null;
        String name = colon > 0 ? placeholder.substring(colon + 1).trim() : "";
        return kind == null || name.isEmpty() ? Optional.empty() : Optional.of(new Named(kind, name));
    }
}
