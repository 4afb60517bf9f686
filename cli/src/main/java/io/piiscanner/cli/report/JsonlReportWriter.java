package io.piiscanner.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.IOException;
import java.io.OutputStream;

/** JSON Lines: one JSON object per finding, one per line, nothing else. */
final class JsonlReportWriter implements ReportWriter {

    private final JsonGenerator json;

    JsonlReportWriter(OutputStream out) throws IOException {
        this.json = JsonOutput.generator(out);
    }

    @Override
    public void begin() {
        // JSON Lines has no header.
    }

    @Override
    public void finding(Finding finding) throws IOException {
        JsonOutput.writeFinding(json, finding);
        json.writeRaw('\n');
    }

    @Override
    public void inputDone(ScanOutcome outcome) {
        // Per-input totals go to the summary on standard error.
    }

    @Override
    public void end(ScanTotals totals) throws IOException {
        json.flush();
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }
}
