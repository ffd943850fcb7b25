package dev.sluice.sdk.pipeline;

/** A step between origin and destination that changes each record. */
public sealed interface Processor permits Processor.MaskField, Processor.RenameField {

    /** The field of the origin this processor acts on, checked against the origin's columns. */
    String field();

    String describe();

    /** Text becomes {@value #TEXT_MASK}; numbers become 0; NULL stays NULL. */
    record MaskField(String field) implements Processor {
        public static final String TEXT_MASK = "****";

        @Override
        public String describe() {
            return "masks the field \"" + field + "\"";
        }
    }

    record RenameField(String field, String to) implements Processor {
        @Override
        public String describe() {
            return "renames the field \"" + field + "\" to \"" + to + "\"";
        }
    }
}
