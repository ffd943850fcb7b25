package dev.sluice.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.sdk.format.FramedRecords;
import dev.sluice.sdk.format.RecordFormats;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordDecodingTest {
    private static final FramedRecords.Reader NO_REGISTRY = RecordFormats.framedReader(null);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> fields(String key, String value, Map<String, byte[]> headers) {
        return RecordDecoding.decode("t", 0, 7, key == null ? null : utf8(key), utf8(value), headers, NO_REGISTRY)
                .fields();
    }

    @Test
    void jsonWithSchemaJsonWithoutSchemaAndPlainTextAreEachRows() {
        assertThat(fields(
                        null,
                        "{\"schema\":{\"type\":\"struct\",\"fields\":[{\"field\":\"id\",\"type\":\"int32\"}]},"
                                + "\"payload\":{\"id\":1}}",
                        Map.of()))
                .containsOnlyKeys("id")
                .hasEntrySatisfying("id", v -> assertThat(v).hasToString("1"));
        assertThat(fields(null, "{\"id\":1,\"item\":\"Lamp\"}", Map.of()))
                .containsEntry("item", "Lamp")
                .hasEntrySatisfying("id", v -> assertThat(v).hasToString("1"));
        assertThat(fields(null, "order 1001: 2 lamps", Map.of()))
                .containsExactly(Map.entry("value", "order 1001: 2 lamps"));
    }

    @Test
    void aPlainKeyAndHeadersBecomeColumnsAStructKeyDoesNot() {
        assertThat(fields("42", "{\"id\":42}", Map.of("origin", utf8("shop"))))
                .containsEntry("key", "42")
                .containsEntry("header:origin", "shop");
        assertThat(fields("{\"schema\":{\"type\":\"string\"},\"payload\":\"k1\"}", "{\"id\":1}", Map.of()))
                .containsEntry("key", "k1");
        assertThat(fields("{\"schema\":{\"type\":\"struct\"},\"payload\":{\"id\":1}}", "{\"id\":1}", Map.of()))
                .doesNotContainKey("key");
    }

    @Test
    void aTombstoneHasNoFields() {
        assertThat(RecordDecoding.decode("t", 0, 1, utf8("1"), null, Map.of(), NO_REGISTRY)
                        .isTombstone())
                .isTrue();
        assertThat(RecordDecoding.decode(
                                "t", 0, 1, null, utf8("{\"schema\":{},\"payload\":null}"), Map.of(), NO_REGISTRY)
                        .isTombstone())
                .isTrue();
    }

    @Test
    void aRecordInConfluentsWireFormatIsReadThroughTheRegistryAndSaysWhereItIs() {
        byte[] framed = {0, 0, 0, 0, 7, 2, 'x'};
        FramedRecords.Reader registry = (bytes, where) -> {
            assertThat(bytes).isEqualTo(framed);
            assertThat(where).isEqualTo("value of the record at partition 0, offset 3 of the topic t");
            return "{\"schema\":{\"type\":\"struct\"},\"payload\":{\"id\":1}}";
        };
        assertThat(RecordDecoding.decode("t", 0, 3, null, framed, Map.of(), registry)
                        .fields())
                .containsOnlyKeys("id");
        assertThatThrownBy(() -> RecordDecoding.decode("t", 0, 3, null, framed, Map.of(), NO_REGISTRY))
                .hasMessageContaining("value of the record at partition 0, offset 3 of the topic t is in Confluent's "
                        + "wire format (schema id 7)");
    }

    @Test
    void bytesThatAreNotTextGetTheRegistryPluginsHintWhenItHasOne() {
        FramedRecords.Reader registry = new FramedRecords.Reader() {
            @Override
            public String asConnectJson(byte[] bytes, String where) {
                throw new AssertionError("not framed");
            }

            @Override
            public java.util.Optional<String> hintForUnframed(java.util.Set<String> headerNames) {
                return java.util.Optional.of("headers " + headerNames);
            }
        };
        assertThatThrownBy(() -> RecordDecoding.decode(
                        "t",
                        0,
                        1,
                        null,
                        new byte[] {(byte) 0xff},
                        Map.of("apicurio.value.globalId", new byte[8]),
                        registry))
                .hasMessageContaining("it is not UTF-8 text")
                .hasMessageEndingWith("headers [apicurio.value.globalId]");
    }

    @Test
    void bytesThatAreNotTextAreReportedWithWhereTheyAreAndTheirFirstBytes() {
        assertThatThrownBy(() -> RecordDecoding.decode(
                        "sluice.s1.images",
                        2,
                        41,
                        null,
                        new byte[] {(byte) 0xff, (byte) 0xd8, 0x00, 0x10},
                        Map.of(),
                        NO_REGISTRY))
                .hasMessage("The value of the record at partition 2, offset 41 of the topic sluice.s1.images cannot be "
                        + "decoded: it is not UTF-8 text (first bytes: ff d8 00 10, 4 bytes). Sluice reads JSON with "
                        + "or without schema, plain text, and records in Confluent's wire format (a zero byte, a schema "
                        + "registry's id, an Avro or JSON body).");
    }
}
