package dev.sluice.sdk.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a pipeline reads from or writes to, in the phrasebook's words. */
public sealed interface Endpoint permits Endpoint.PostgresTable, Endpoint.KafkaTopic, Endpoint.S3Bucket {
    /** The phrase form, e.g. {@code PostgreSQL table "warehouse.customers"}. */
    Pattern PHRASE = Pattern.compile("(PostgreSQL table|Kafka topic|S3 bucket) \"([^\"]+)\"");

    String describe();

    static Endpoint parse(String phrase) {
        Matcher m = PHRASE.matcher(phrase.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Unknown endpoint '" + phrase
                    + "': expected PostgreSQL table \"name\", Kafka topic \"name\" or S3 bucket \"name\"");
        }
        return switch (m.group(1)) {
            case "Kafka topic" -> new KafkaTopic(m.group(2));
            case "S3 bucket" -> new S3Bucket(m.group(2));
            default -> PostgresTable.of(m.group(2));
        };
    }

    /** A table, schema-qualified or in {@code public}. */
    record PostgresTable(String schema, String table) implements Endpoint {
        private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

        public PostgresTable {
            for (String part : new String[] {schema, table}) {
                if (!IDENTIFIER.matcher(part).matches()) {
                    throw new IllegalArgumentException("'" + part + "' is not a plain PostgreSQL identifier: use letters, digits and _ (e.g. \"warehouse.customers\")");
                }
            }
        }

        public static PostgresTable of(String name) {
            int dot = name.indexOf('.');
            return dot < 0 ? new PostgresTable("public", name) : new PostgresTable(name.substring(0, dot), name.substring(dot + 1));
        }

        /** {@code schema.table}, e.g. for connector include lists and names. */
        public String qualified() {
            return schema + "." + table;
        }

        /** {@code "schema"."table"} for SQL: keywords and mixed case stay what the feature wrote. */
        public String quoted() {
            return quote(schema) + "." + quote(table);
        }

        /** A PostgreSQL (and standard SQL) quoted identifier. */
        public static String quote(String identifier) {
            return '"' + identifier.replace("\"", "\"\"") + '"';
        }

        @Override
        public String describe() {
            return "PostgreSQL table \"" + ("public".equals(schema) ? table : qualified()) + "\"";
        }
    }

    /** A topic by the name the feature gives it; the engine's topic name is scenario-specific. */
    record KafkaTopic(String name) implements Endpoint {
        public KafkaTopic {
            if (!name.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("'" + name + "' is not a valid Kafka topic name: use letters, digits, '.', '_' and '-'");
            }
        }

        @Override
        public String describe() {
            return "Kafka topic \"" + name + "\"";
        }
    }

    /**
     * A bucket of an S3-compatible server, holding a data lake: one Apache Iceberg table per
     * pipeline under {@code warehouse/}. The engine-side bucket name is scenario-specific.
     */
    record S3Bucket(String name) implements Endpoint {
        /** S3's rules for bucket names, applied to the name the feature gives (the scenario suffix keeps them valid). */
        private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{1,40}[a-z0-9]");

        /** Checked when a pipeline uses the bucket, so that a bad name is a refused pipeline, not a broken step. */
        public S3Bucket requireValidName() {
            if (!VALID.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a valid S3 bucket name: use 3 to 42 lower-case "
                        + "letters, digits and hyphens, starting and ending with a letter or digit (e.g. \"customer-lake\")");
            }
            return this;
        }

        @Override
        public String describe() {
            return "S3 bucket \"" + name + "\"";
        }
    }
}
