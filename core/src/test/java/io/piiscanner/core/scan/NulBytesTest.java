package io.piiscanner.core.scan;

import static io.piiscanner.core.scan.TestDetectors.engine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.format.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A stray NUL byte (a char literal in source code, an empty field of a legacy export) does not
 * make a file binary: its data is scanned, and the outcome says it held NULs.
 */
class NulBytesTest {

    private final Engine builtIn = Engine.create(EngineConfig.builder()
            .onlyTypes(Set.of("CREDIT_CARD", "EMAIL_ADDRESS"))
            .build());

    @Test
    void sourceCodeWithANulCharLiteralIsScanned() throws IOException {
        byte[] source = resource("/structure/FieldSplitter.java");
        List<Finding> found = new ArrayList<>();
        ScanOutcome outcome = builtIn.scan(source("FieldSplitter.java", InputFormat.TEXT, source), found::add);
        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.notes()).containsExactly("scanned as text despite 1 NUL byte");
        assertThat(found)
                .extracting(Finding::type, Finding::masked)
                .containsExactly(
                        tuple("EMAIL_ADDRESS", "p**********@*******.com"), tuple("CREDIT_CARD", "**** **** **** 5556"));
    }

    @Test
    void aCsvExportWithANulFieldIsScannedAndRedactedByteForByte() throws IOException {
        byte[] csv = resource("/structure/customers-with-nul.csv");
        List<Finding> found = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScanOutcome outcome = builtIn.redact(source("customers.csv", InputFormat.CSV, csv), out, found::add);
        assertThat(outcome.notes()).containsExactly("scanned as text despite 1 NUL byte");
        assertThat(found)
                .extracting(Finding::field, Finding::line)
                .containsExactly(tuple("email", 2L), tuple("email", 3L), tuple("email", 4L));
        String expected = new String(csv, StandardCharsets.UTF_8)
                .replace("maria.gonzalez@example.com", "m*************@*******.com")
                .replace("tomas.novak@example.net", "t**********@*******.net")
                .replace("aiko.tanaka@example.org", "a**********@*******.org");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void everyNulOfTheInputIsCountedOnce() throws IOException {
        Engine tokens = engine(TestDetectors.token(0.9, ContextRule.NONE));
        int edge = WindowScanner.CHUNK + WindowScanner.KEEP;
        byte[] text = "log line with nothing in it\n"
                .repeat(3 * WindowScanner.CHUNK / 28)
                .getBytes(StandardCharsets.US_ASCII);
        int[] nuls = {5, edge - WindowScanner.KEEP, edge - 1, edge, edge + 1, 2 * WindowScanner.CHUNK + 3};
        for (int at : nuls) {
            text[at] = 0;
        }
        byte[] token = "TOKEN-123456".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(token, 0, text, text.length - 20, token.length);
        List<Finding> found = new ArrayList<>();
        ScanOutcome outcome = tokens.scan(source("nul.log", InputFormat.TEXT, text), found::add);
        assertThat(outcome.notes()).containsExactly("scanned as text despite 6 NUL bytes");
        assertThat(found).singleElement().extracting(Finding::start).isEqualTo((long) text.length - 20);
        ScanOutcome clean = tokens.scan(
                source("clean.log", InputFormat.TEXT, "no NUL here\n".getBytes(StandardCharsets.US_ASCII)), f -> {});
        assertThat(clean.notes()).isEmpty();
    }

    private static InputSource source(String name, InputFormat format, byte[] content) {
        return new InputSource(name, () -> new ByteArrayInputStream(content), format);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NulBytesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
