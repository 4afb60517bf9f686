package io.piiscanner.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Detectors read JSON strings decoded, and findings point at the raw bytes: the decoded text must
 * be what a JSON parser reads, and every decoded span must map back to the escapes it came from.
 */
class JsonEscapesTest {

    private static final JsonMapper ASCII_WRITER =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @Property(tries = 500)
    void decodesStringsAsAParserDoesAndMapsThemBackToTheirEscapes(@ForAll("texts") List<String> strings)
            throws IOException {
        byte[] raw = writeArray(strings);
        JsonEscapes escapes = new JsonEscapes();
        boolean decoded = escapes.decode(raw, raw.length, false);
        byte[] text = decoded ? escapes.bytes() : raw;
        int length = decoded ? escapes.length() : raw.length;
        byte[] expected = plainArray(strings);
        assertThat(new String(text, 0, length, StandardCharsets.UTF_8))
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        if (!decoded) {
            return;
        }
        // Each string's decoded content maps to its raw content, quote to quote.
        int rawAt = 1;
        int textAt = 1;
        for (String s : strings) {
            int rawEnd = closingQuote(raw, rawAt + 1);
            int textEnd = textAt + 1 + s.getBytes(StandardCharsets.UTF_8).length;
            assertThat(escapes.rawStart(textAt)).isEqualTo(rawAt);
            assertThat(escapes.rawStart(textEnd)).isEqualTo(rawEnd);
            if (textEnd > textAt + 1) {
                assertThat(escapes.rawStart(textAt + 1)).isEqualTo(rawAt + 1);
                assertThat(escapes.rawEnd(textEnd)).isEqualTo(rawEnd);
            }
            assertThat(escapes.decodedAt(rawAt)).isEqualTo(textAt);
            assertThat(escapes.decodedAt(rawEnd)).isEqualTo(textEnd);
            rawAt = rawEnd + 2;
            textAt = textEnd + 2;
        }
        for (int i = 0; i < length; i++) {
            assertThat(escapes.rawStart(i)).isLessThan(escapes.rawEnd(i + 1));
            assertThat(escapes.rawStart(i)).isLessThanOrEqualTo(escapes.rawStart(i + 1));
            assertThat(escapes.decodedAt(escapes.rawStart(i))).isLessThanOrEqualTo(i);
        }
    }

    @Test
    void mapsAnEscapedAddressToItsRawBytes() {
        byte[] raw = bytes("{\"from\": \"john\\u002edoe@example.com\"}");
        JsonEscapes escapes = new JsonEscapes();
        assertThat(escapes.decode(raw, raw.length, false)).isTrue();
        String text = new String(escapes.bytes(), 0, escapes.length(), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("{\"from\": \"john.doe@example.com\"}");
        int start = text.indexOf("john");
        int end = text.indexOf("\"}");
        assertThat(escapes.rawStart(start)).isEqualTo(10);
        assertThat(escapes.rawEnd(end)).isEqualTo(raw.length - 2);
        int dot = text.indexOf('.');
        assertThat(escapes.rawStart(dot)).isEqualTo(14);
        assertThat(escapes.rawEnd(dot + 1)).isEqualTo(20);
        // A raw offset inside the escape reads from the byte after it.
        assertThat(escapes.decodedAt(16)).isEqualTo(dot + 1);
    }

    @Test
    void decodesEveryEscapeJsonHas() {
        String decoded = decodeWindow("[\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\\u00e9\\ud83d\\udcb3\\u20ac\"]");
        assertThat(decoded).isEqualTo("[\"a\"b\\c/d\be\ff\ng\rh\ti\u00e9\uD83D\uDCB3\u20ac\"]");
    }

    @Test
    void keepsWhatIsNoEscapeAndReplacesLoneSurrogates() {
        assertThat(decodeWindow("[\"\\x41 \\u12G4 \\ud83d. \\udcb3\\u0041 end\\"))
                .isEqualTo("[\"\\x41 \\u12G4 \ufffd. \ufffdA end\\");
        // A line that opens no string before its backslash holds no escape.
        assertThat(decodeWindow("\"a\"\nx\\u0041 \"b\\u0042\"")).isEqualTo("\"a\"\nx\\u0041 \"bB\"");
    }

    @Test
    void aWindowThatContinuesAStringDecodesItFromItsStart() {
        byte[] raw = bytes("tail of a long value 4111\\u00201111\", \"next\\u0020one\"");
        JsonEscapes escapes = new JsonEscapes();
        assertThat(escapes.decode(raw, raw.length, true)).isTrue();
        assertThat(new String(escapes.bytes(), 0, escapes.length(), StandardCharsets.UTF_8))
                .isEqualTo("tail of a long value 4111 1111\", \"next one\"");
        // At the start of the input nothing is open: the backslash before any quote is no escape.
        assertThat(escapes.decode(raw, raw.length, false)).isTrue();
        assertThat(new String(escapes.bytes(), 0, escapes.length(), StandardCharsets.UTF_8))
                .isEqualTo("tail of a long value 4111\\u00201111\", \"next one\"");
    }

    @Test
    void aWindowWithoutBackslashIsNotCopied() {
        byte[] raw = bytes("{\"email\": \"john.doe@example.com\"}");
        assertThat(new JsonEscapes().decode(raw, raw.length, false)).isFalse();
    }

    @Test
    void decodesKeys() {
        byte[] key = bytes("card\\u005fnumber\\u00e9\\u12");
        assertThat(JsonEscapes.decodeString(key, key.length)).isEqualTo("card_number\u00e9\\u12");
        byte[] plain = bytes("dateOfBirth");
        assertThat(JsonEscapes.decodeString(plain, plain.length)).isEqualTo("dateOfBirth");
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(
                        "john.doe@example.com",
                        "4111 1111 1111 1111",
                        " ",
                        "\"",
                        "\\",
                        "/",
                        "\n",
                        "\t",
                        "\u0000",
                        "\u001f",
                        "\u00e9",
                        "\u20ac",
                        "\uD83D\uDCB3",
                        "<",
                        "&"),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(4));
        return piece.list().ofMaxSize(8).map(l -> String.join("", l)).list().ofMaxSize(5);
    }

    /** The strings as an array written by Jackson, every non-ASCII character escaped. */
    private static byte[] writeArray(List<String> strings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = ASCII_WRITER.createGenerator(out)) {
            g.writeStartArray();
            for (String s : strings) {
                g.writeString(s);
            }
            g.writeEndArray();
        }
        return out.toByteArray();
    }

    /** The same array with every string as it reads: {@code ["a"b"]} for {@code ["a\"b"]}. */
    private static byte[] plainArray(List<String> strings) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < strings.size(); i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(strings.get(i)).append('"');
        }
        return sb.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int closingQuote(byte[] raw, int from) {
        int i = from;
        while (raw[i] != '"') {
            i += raw[i] == '\\' ? 2 : 1;
        }
        return i;
    }

    private static String decodeWindow(String raw) {
        byte[] b = bytes(raw);
        JsonEscapes escapes = new JsonEscapes();
        return escapes.decode(b, b.length, false)
                ? new String(escapes.bytes(), 0, escapes.length(), StandardCharsets.UTF_8)
                : raw;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
