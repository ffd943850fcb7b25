package dev.sluice.workspace;

import dev.sluice.sdk.system.LocatesRows;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A row's trace as text: compact for a failure message (a few records per place, long values cut),
 * whole for the scenario's living-docs page.
 */
public final class RowTraceText {
    /** The media type of a trace attached to a scenario; the living docs show it open. */
    public static final String MEDIA_TYPE = dev.sluice.docs.ScenarioEvidence.TRACE_MEDIA_TYPE;

    private static final int COMPACT_RECORDS = 3;
    private static final int COMPACT_VALUE = 60;
    /** How a topic's reader names a record header among its fields. */
    private static final String HEADER = "header:";

    private RowTraceText() {}

    /** A few records per place, long values cut, without the records' headers. */
    public static String compact(List<RowTraces.RowTrace> traces) {
        return render(traces, COMPACT_RECORDS, COMPACT_VALUE, false);
    }

    public static String whole(List<RowTraces.RowTrace> traces) {
        return render(traces, Integer.MAX_VALUE, Integer.MAX_VALUE, true);
    }

    private static String render(List<RowTraces.RowTrace> traces, int records, int valueLength, boolean headers) {
        StringBuilder b = new StringBuilder("Where each key went wrong (up to ")
                .append(RowTraces.KEYS_TRACED)
                .append(" of the wrong keys, each place read now):\n");
        for (RowTraces.RowTrace trace : traces) {
            b.append("  key ").append(trace.key()).append('\n');
            for (RowTraces.RowTrace.Stop stop : trace.stops()) {
                b.append("    ").append(stop.place());
                if (!stop.writtenBy().isEmpty()) {
                    b.append(", written by ").append(stop.writtenBy());
                }
                b.append(": ");
                if (stop.unreadable() != null) {
                    b.append("could not be read: ").append(stop.unreadable()).append('\n');
                    continue;
                }
                b.append(
                                stop.found().isEmpty()
                                        ? "no record of this key"
                                        : count(stop.found().size()))
                        .append('\n');
                stop.found().stream().limit(records).forEach(l -> b.append("      ")
                        .append(l.where().isEmpty() ? "" : l.where() + ": ")
                        .append(fields(l, valueLength, headers))
                        .append('\n'));
                if (stop.found().size() > records) {
                    b.append("      … and ")
                            .append(stop.found().size() - records)
                            .append(" more\n");
                }
            }
        }
        return b.toString();
    }

    private static String count(int n) {
        return n == 1 ? "1 record" : n + " records";
    }

    private static String fields(LocatesRows.Located located, int valueLength, boolean headers) {
        Map<String, Object> fields = located.fields();
        if (fields == null) {
            return "(a delete: the record has no value)";
        }
        return fields.entrySet().stream()
                .filter(e -> headers || !e.getKey().startsWith(HEADER))
                .map(e -> e.getKey() + "="
                        + cut(e.getValue() == null ? "NULL" : String.valueOf(e.getValue()), valueLength))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length) + "…";
    }
}
