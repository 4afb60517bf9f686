package io.piiscanner.core.detect.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Phone numbers in realistic text, through the default engine: labelled sentences (tickets, chat,
 * signatures, a vCard, CSV and JSON lines, numbers of several countries, extensions, label
 * suffixes, decoys) for recall and precision, and logs, code and SVG that hold no phone number.
 */
class PhoneAccuracyTest {

    private static final String OPEN = "⟦";
    private static final String CLOSE = "⟧";
    private static final double REQUIRED_RECALL = 0.95;
    private static final double REQUIRED_PRECISION = 0.98;

    private static Engine engine;

    @BeforeAll
    static void createEngine() {
        engine = Engine.withDefaults();
    }

    /** A fixture with its marks removed, and the byte spans the marks enclosed. */
    private record Marked(byte[] text, Set<List<Long>> spans, List<String> values) {

        static Marked read(String resource) throws IOException {
            StringBuilder clean = new StringBuilder();
            Set<List<Long>> spans = new HashSet<>();
            List<String> values = new ArrayList<>();
            for (String line : resourceText(resource).split("\n", -1)) {
                if (line.startsWith("#")) {
                    continue;
                }
                int at = 0;
                while (true) {
                    int open = line.indexOf(OPEN, at);
                    if (open < 0) {
                        break;
                    }
                    int close = line.indexOf(CLOSE, open);
                    clean.append(line, at, open);
                    long start = utf8Length(clean);
                    String value = line.substring(open + OPEN.length(), close);
                    clean.append(value);
                    spans.add(List.of(start, utf8Length(clean)));
                    values.add(value);
                    at = close + CLOSE.length();
                }
                clean.append(line, at, line.length()).append('\n');
            }
            return new Marked(clean.toString().getBytes(StandardCharsets.UTF_8), spans, values);
        }

        private static long utf8Length(CharSequence s) {
            return s.toString().getBytes(StandardCharsets.UTF_8).length;
        }
    }

    @Test
    void findsLabelledNumbersOfTheDefaultRegions() throws IOException {
        Marked fixture = Marked.read("/phone/labelled.txt");
        List<Finding> findings = phoneFindings("labelled.txt", fixture.text());

        long hits = findings.stream()
                .filter(f -> fixture.spans().contains(List.of(f.start(), f.end())))
                .count();
        double recall = (double) hits / fixture.spans().size();
        double precision = findings.isEmpty() ? 1 : (double) hits / findings.size();
        System.out.printf(
                Locale.ROOT,
                "Phone numbers in labelled sentences: %d marked, %d found, %d right: "
                        + "recall %.3f, precision %.3f%n",
                fixture.spans().size(),
                findings.size(),
                hits,
                recall,
                precision);
        findings.stream()
                .filter(f -> !fixture.spans().contains(List.of(f.start(), f.end())))
                .forEach(f -> System.out.printf("  not marked: line %d, %s, %s%n", f.line(), f.masked(), f.detail()));
        Set<List<Long>> found = new HashSet<>();
        findings.forEach(f -> found.add(List.of(f.start(), f.end())));
        fixture.spans().stream()
                .filter(span -> !found.contains(span))
                .forEach(span -> System.out.printf("  missed: line %d%n", lineOf(fixture.text(), span.get(0))));

        assertThat(recall).as("recall").isGreaterThanOrEqualTo(REQUIRED_RECALL);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(REQUIRED_PRECISION);
    }

    @Test
    void marksOnlyNumbersValidInADefaultRegion() throws IOException {
        for (String value : Marked.read("/phone/labelled.txt").values()) {
            assertThat(validInADefaultRegion(value)).as(value).isTrue();
        }
    }

    @Test
    void reportsTheRegionAndExtensionInTheDetail() throws IOException {
        List<Finding> findings =
                phoneFindings("labelled.txt", Marked.read("/phone/labelled.txt").text());
        assertThat(findings)
                .extracting(Finding::detail)
                .contains("US", "US, extension", "CA", "GB", "DE", "FR", "IN", "BR", "IL");
    }

    @Test
    void findsNoPhoneNumberInLogsCodeAndSvg() throws IOException {
        byte[] text = resourceText("/phone/no-phones.txt").getBytes(StandardCharsets.UTF_8);
        assertThat(phoneFindings("no-phones.txt", text))
                .extracting(Finding::line)
                .isEmpty();
    }

    @Test
    void findsAtMostATenthOfANumberPerMegabyteInLogs() throws IOException {
        byte[] logs = new LogLines(20240315L).generate(3_000_000);
        List<Finding> findings = phoneFindings("generated.log", logs);
        double perMegabyte = findings.size() / (logs.length / 1e6);
        System.out.printf(
                Locale.ROOT,
                "Phone findings in %d bytes of generated logs: %d (%.2f per MB)%n",
                logs.length,
                findings.size(),
                perMegabyte);
        findings.forEach(f -> System.out.printf("  line %d: %s, %s%n", f.line(), f.masked(), f.detail()));
        assertThat(perMegabyte).isLessThanOrEqualTo(0.1);
    }

    private static List<Finding> phoneFindings(String name, byte[] text) throws IOException {
        List<Finding> findings = new ArrayList<>();
        engine.scan(new InputSource(name, () -> new ByteArrayInputStream(text), InputFormat.TEXT), f -> {
            if (f.type().equals(EntityTypes.PHONE_NUMBER)) {
                findings.add(f);
            }
        });
        return findings;
    }

    /** The 1-based line of the scanned text holding byte {@code at}. */
    private static long lineOf(byte[] text, long at) {
        long line = 1;
        for (int i = 0; i < at; i++) {
            line += text[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    private static boolean validInADefaultRegion(String value) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        String number = value.substring(0, PhoneRuns.numberEnd(value, 0, value.length()));
        for (String region : DetectorSettings.DEFAULT_PHONE_REGIONS) {
            try {
                if (util.isValidNumber(util.parse(number, region))) {
                    return true;
                }
            } catch (NumberParseException e) {
                // Not a number in this region; the next may read it.
            }
        }
        return false;
    }

    private static String resourceText(String resource) throws IOException {
        try (InputStream in = PhoneAccuracyTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
