package io.piiscanner.cli.report;

import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the HTML report of a made-up scan with many findings, for {@link HtmlReportWriterTest}
 * to run in a JVM with a small heap. Input {@code i} has {@code base + i} findings, cycling through
 * {@link #TYPES} and confidences from 0.50 to 0.99.
 *
 * <p>Arguments: the report file, the number of inputs, {@code base}, and the rows per type.
 */
final class ManyFindingsReport {

    static final List<String> TYPES = List.of("CREDIT_CARD", "EMAIL_ADDRESS", "US_SSN");

    private ManyFindingsReport() {}

    public static void main(String[] args) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])))) {
            write(out, Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        }
    }

    static void write(OutputStream out, int inputs, int base, int rowsPerType) throws IOException {
        ReportWriter writer = ReportFormat.HTML.open(out, new RunInfo("test", TYPES), rowsPerType);
        ScanSummary summary = new ScanSummary();
        writer.begin();
        for (int i = 0; i < inputs; i++) {
            String path = String.format(Locale.ROOT, "data/part-%05d.csv", i);
            Map<String, Long> byType = new TreeMap<>();
            int findings = base + i;
            for (int n = 0; n < findings; n++) {
                String type = TYPES.get(n % TYPES.size());
                writer.finding(new Finding(
                        path,
                        type,
                        n * 20L,
                        n * 20L + 16,
                        n + 1,
                        1,
                        0.5 + (n % 50) / 100.0,
                        "************1111",
                        "test",
                        null,
                        null,
                        null));
                byType.merge(type, 1L, Long::sum);
            }
            ScanOutcome outcome = new ScanOutcome(path, findings * 20L, findings, byType, null, null, 1000);
            writer.inputDone(outcome);
            summary.add(outcome);
        }
        writer.end(summary.totals());
    }
}
