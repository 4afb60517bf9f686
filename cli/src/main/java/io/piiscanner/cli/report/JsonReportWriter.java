package io.piiscanner.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON document: {@code findings} streamed as they arrive, then {@code files} (one entry per
 * input) and {@code summary}, which are only known at the end.
 */
final class JsonReportWriter implements ReportWriter {

    private final JsonGenerator json;
    private final List<ScanOutcome> inputs = new ArrayList<>();

    JsonReportWriter(OutputStream out) throws IOException {
        this.json = JsonOutput.generator(out);
    }

    @Override
    public void begin() throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("findings");
    }

    @Override
    public void finding(Finding finding) throws IOException {
        JsonOutput.writeFinding(json, finding);
    }

    @Override
    public void inputDone(ScanOutcome outcome) {
        inputs.add(outcome);
    }

    @Override
    public void end(ScanTotals totals) throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("files");
        for (ScanOutcome o : inputs) {
            json.writeStartObject();
            json.writeStringField("path", o.path());
            json.writeNumberField("bytes", o.bytes());
            json.writeNumberField("findings", o.findings());
            JsonOutput.writeCounts(json, "byType", o.findingsByType());
            json.writeStringField("skipped", o.skipReason());
            json.writeStringField("failed", o.failure());
            json.writeArrayFieldStart("notes");
            for (String note : o.notes()) {
                json.writeString(note);
            }
            json.writeEndArray();
            if (!o.skippedEntries().isEmpty()) {
                json.writeArrayFieldStart("skippedEntries");
                for (ScanOutcome.SkippedEntry s : o.skippedEntries()) {
                    json.writeStartObject();
                    json.writeStringField("entry", s.entry());
                    json.writeStringField("reason", s.reason());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("filesScanned", totals.filesScanned());
        json.writeNumberField("filesSkipped", totals.skipped().size());
        json.writeNumberField("filesFailed", totals.failed().size());
        json.writeNumberField("bytes", totals.bytes());
        json.writeNumberField("findings", totals.findings());
        JsonOutput.writeCounts(json, "byType", totals.findingsByType());
        json.writeNumberField("elapsedMs", totals.elapsedMillis());
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }
}
