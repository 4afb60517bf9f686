package io.piiscanner.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The report formats of {@code scan --format}. */
public enum ReportFormat {
    /** One JSON object per finding per line. */
    JSONL,
    /** Aligned columns for people. */
    TABLE,
    /** SARIF 2.1.0 for code-scanning services. */
    SARIF,
    /** One JSON document with findings, per-file results and a summary. */
    JSON,
    /** A self-contained HTML page with a summary, charts and a table that filters and sorts. */
    HTML;

    /** Findings the HTML table lists per entity type unless told otherwise. */
    public static final int DEFAULT_HTML_ROWS = 100;

    /** The name used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a format name, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ReportFormat parse(String value) {
        for (ReportFormat f : values()) {
            if (f.id().equalsIgnoreCase(value)) {
                return f;
            }
        }
        throw new IllegalArgumentException("expected jsonl, table, sarif, json or html, got '" + value + "'");
    }

    /**
     * A writer of this format to {@code out}, which it leaves open.
     *
     * @param htmlRows findings listed per entity type in the HTML table (at least 1); the other
     *                 formats list every finding
     */
    public ReportWriter open(OutputStream out, RunInfo run, int htmlRows) throws IOException {
        return switch (this) {
            case JSONL -> new JsonlReportWriter(out);
            case TABLE -> new TableReportWriter(out);
            case SARIF -> new SarifReportWriter(out, run);
            case JSON -> new JsonReportWriter(out);
            case HTML -> new HtmlReportWriter(out, run, htmlRows);
        };
    }
}
