package dev.sluice.sdk.system;

import java.util.Locale;

/**
 * The engine-side names of one scenario (or any other unit of isolation): its database, topics,
 * connectors and replication slots all carry the same prefix, so that units never see each
 * other's data and can run side by side.
 */
public record Namespace(String prefix) {

    public Namespace {
        if (!prefix.matches("[a-z][a-z0-9_]{0,30}")) {
            throw new IllegalArgumentException(
                    "namespace prefix must be lower-case letters, digits and _, at most 31 characters: " + prefix);
        }
    }

    /** The PostgreSQL database that holds this unit's tables. */
    public String database() {
        return "sluice_" + prefix;
    }

    public String topic(String logicalName) {
        return "sluice." + prefix + "." + logicalName;
    }

    /** The topic a pipeline uses between its source and its sink. */
    public String pipelineTopic(String pipeline) {
        return topic("pipeline." + slug(pipeline));
    }

    public String connector(String pipeline, String role) {
        return "sluice-" + prefix + "-" + slug(pipeline) + "-" + role;
    }

    /** The prefix of every connector of this unit, to find them all for clean-up. */
    public String connectorPrefix() {
        return "sluice-" + prefix + "-";
    }

    public String topicPrefix() {
        return "sluice." + prefix + ".";
    }

    /** A bucket name: S3 allows lower-case letters, digits and hyphens, at most 63 characters. */
    public String bucket(String logicalName) {
        return (logicalName + "-" + prefix.replace('_', '-')).toLowerCase(Locale.ROOT);
    }

    /** The Iceberg table a pipeline writes its lake data to: {@code sluice.<pipeline>}. */
    public String lakeTable(String pipeline) {
        return "sluice." + slug(pipeline).replace('-', '_');
    }

    /** Replication slot and publication names: lower case, [a-z0-9_], at most 63 characters. */
    public String slot(String pipeline) {
        String name = "sluice_" + prefix + "_" + slug(pipeline).replace('-', '_');
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
