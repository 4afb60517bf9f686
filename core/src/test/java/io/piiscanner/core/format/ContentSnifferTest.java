package io.piiscanner.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Only what is really binary is skipped: text that holds a few NUL bytes is text. */
class ContentSnifferTest {

    @Test
    void textWithAFewNulBytesIsText() throws IOException {
        assertThat(reason(resource("/structure/FieldSplitter.java"))).isNull();
        assertThat(reason(resource("/structure/customers-with-nul.csv"))).isNull();
        // A log whose writer crashed: the rest of a preallocated block is NULs, then logging goes on.
        String lines = "2024-03-05 10:15:22,481 INFO  [main] o.e.Billing - invoice 918273 sent\n".repeat(50);
        byte[] log = (lines + "\0".repeat(64) + lines).getBytes(StandardCharsets.US_ASCII);
        assertThat(reason(log)).isNull();
    }

    @Test
    void binaryDataIsSkippedWithWhatGaveItAway() {
        byte[] random = new byte[ContentSniffer.SNIFF_BYTES];
        new Random(7).nextBytes(random);
        assertThat(reason(random)).startsWith("binary file (").contains("NUL and", "other control bytes");
        byte[] sparse = "x".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < sparse.length; i += 10) {
            sparse[i] = 0;
            sparse[i + 3] = 0;
        }
        assertThat(reason(sparse)).isEqualTo("binary file (200 NUL and 0 other control bytes in the first 1000 bytes)");
        assertThat(reason(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}))
                .isEqualTo("binary file (PNG image)");
    }

    @Test
    void utf16AndUtf32AreNamed() {
        String text = "name,email\nAna Silva,ana.silva@example.com\n";
        assertThat(reason(text.getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo(
                        "UTF-16 text is not supported; convert it to UTF-8 (no byte order mark, NUL bytes at every other byte)");
        assertThat(reason(text.getBytes(StandardCharsets.UTF_16BE))).startsWith("UTF-16 text is not supported");
        assertThat(reason(text.getBytes(StandardCharsets.UTF_16)))
                .isEqualTo("UTF-16 text is not supported; convert it to UTF-8");
        assertThat(reason(text.getBytes(Charset.forName("UTF-32BE")))).startsWith("binary file (");
        byte[] utf32le = ("\uFEFF" + text).getBytes(Charset.forName("UTF-32LE"));
        assertThat(reason(utf32le)).isEqualTo("UTF-32 text is not supported; convert it to UTF-8");
    }

    private static String reason(byte[] head) {
        return ContentSniffer.binaryReason(head, Math.min(head.length, ContentSniffer.SNIFF_BYTES));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ContentSnifferTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
