package dev.sluice.verify;

import java.util.List;

/**
 * A check that did not hold by its deadline: what was expected and last seen, and the keys of the
 * rows it found wrong when it last looked (none where the check is not per key), so that a caller
 * can trace each of them along the pipeline.
 */
public final class CheckFailure extends AssertionError {
    private final transient List<RowKey> wrongKeys;

    public CheckFailure(String message, List<RowKey> wrongKeys) {
        super(message, null);
        this.wrongKeys = List.copyOf(wrongKeys);
    }

    public List<RowKey> wrongKeys() {
        return wrongKeys;
    }
}
