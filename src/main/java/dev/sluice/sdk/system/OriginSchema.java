package dev.sluice.sdk.system;

import java.util.List;

/** What a pipeline's origin holds: its fields (and whether they are text) and its primary key. */
public record OriginSchema(List<Column> columns, List<String> primaryKey) {

    public OriginSchema {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    public record Column(String name, boolean text) {}

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }
}
