package dev.sluice.sdk.pipeline;

import java.util.Set;

/** A processor names a field the records do not have. */
public class UnknownFieldException extends IllegalArgumentException {
    public UnknownFieldException(Processor processor, Set<String> known) {
        super("The pipeline " + processor.describe() + ", but there is no column \"" + processor.field()
                + "\". Known columns: " + String.join(", ", known) + ". Fix the column name in the step.");
    }
}
