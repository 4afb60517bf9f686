package io.piiscanner.cli.report;

import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Aligned columns for people: location ({@code path:line:column}; an archive member as
 * {@code export.zip!/2024/cards.csv:3:11}, a piece of a structure as {@code mail.eml (headers):1:20}),
 * type, confidence, masked value and field, under one header. Widths cannot be known before the
 * last finding: the first {@value #BATCH} rows, from however many inputs, are held to set them, so
 * a small report is aligned throughout; later rows are written an input at a time (at most
 * {@value #BATCH} at once) and columns only widen, with some slack so that they rarely do. Rows
 * after a widening line up with each other, a little further right than the header, which is not
 * repeated.
 */
final class TableReportWriter implements ReportWriter {

    private static final int BATCH = 256;
    private static final String[] HEADER = {"LOCATION", "TYPE", "CONFIDENCE", "MASKED", "FIELD"};
    /** Starting widths: the header, the longest built-in type, a spaced card number. */
    private static final int[] MIN_WIDTHS = {24, 18, 10, 20};

    private static final int SLACK = 4;
    private static final String GAP = "  ";

    private final Writer out;
    private final List<String[]> rows = new ArrayList<>();
    /** Widths of every column but the last, which is not padded. */
    private final int[] widths = MIN_WIDTHS.clone();

    private boolean headerWritten;

    TableReportWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void begin() {
        // The header comes with the first finding: a clean scan prints nothing.
    }

    @Override
    public void finding(Finding f) throws IOException {
        rows.add(new String[] {
            TerminalText.safe(Locations.full(f)),
            TerminalText.safe(f.type()),
            String.format(Locale.ROOT, "%.2f", f.confidence()),
            TerminalText.safe(f.masked()),
            f.field() == null ? "" : TerminalText.safe(f.field()),
        });
        if (rows.size() >= BATCH) {
            writeRows();
        }
    }

    @Override
    public void inputDone(ScanOutcome outcome) throws IOException {
        if (headerWritten) {
            writeRows();
        }
    }

    private void writeRows() throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        for (String[] row : rows) {
            widen(row);
        }
        if (!headerWritten) {
            writeRow(HEADER);
            headerWritten = true;
        }
        for (String[] row : rows) {
            writeRow(row);
        }
        rows.clear();
    }

    /** Widens columns to fit the row, with slack. */
    private void widen(String[] row) {
        for (int i = 0; i < widths.length; i++) {
            if (row[i].length() > widths[i]) {
                widths[i] = row[i].length() + SLACK;
            }
        }
    }

    private void writeRow(String[] cells) throws IOException {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < cells.length; i++) {
            line.append(cells[i]);
            if (i < widths.length) {
                line.append(" ".repeat(widths[i] - cells[i].length())).append(GAP);
            }
        }
        out.write(line.toString().stripTrailing());
        out.write('\n');
    }

    @Override
    public void end(ScanTotals totals) throws IOException {
        writeRows();
        out.flush();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
