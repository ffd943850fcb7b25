package dev.sluice.docs;

import java.util.List;

/**
 * What a reader sees of one pipeline: origin → processors → destination, and beneath it the
 * engine's connectors (class, topics, transforms), secrets already redacted. Travels as JSON in a
 * scenario's evidence and is drawn by {@link PipelineSvg}.
 */
public record PipelinePicture(
        String name, String origin, List<String> processors, String destination, List<Connector> connectors) {

    public PipelinePicture {
        processors = List.copyOf(processors);
        connectors = List.copyOf(connectors);
    }

    /** One connector of the pipeline: its role, class, the topics it reads or writes, its transforms. */
    public record Connector(String role, String connectorClass, List<String> topics, List<String> transforms) {
        public Connector {
            topics = List.copyOf(topics);
            transforms = List.copyOf(transforms);
        }
    }
}
