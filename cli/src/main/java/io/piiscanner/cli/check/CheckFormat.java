package io.piiscanner.cli.check;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The report formats of {@code check --format}. */
public enum CheckFormat {
    /** Aligned columns for the terminal. */
    TABLE(new TableCheckWriter()),
    /** A failure-analysis report a reviewer reads, with each fix and its documentation. */
    MARKDOWN(new MarkdownCheckWriter()),
    /** One JSON document. */
    JSON(new JsonCheckWriter()),
    /** SARIF 2.1.0 for code-scanning services. */
    SARIF(new SarifCheckWriter()),
    /** A self-contained HTML page with a chart, and a table that filters and sorts. */
    HTML(new HtmlCheckWriter());

    private final CheckReportWriter writer;

    CheckFormat(CheckReportWriter writer) {
        this.writer = writer;
    }

    /** The writer of this format. */
    public CheckReportWriter writer() {
        return writer;
    }

    /** The name used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code --format} values, ignoring case; a bad value is a usage error naming the choices. */
    public static final class Converter implements ITypeConverter<CheckFormat> {
        @Override
        public CheckFormat convert(String value) {
            for (CheckFormat f : values()) {
                if (f.id().equalsIgnoreCase(value.strip())
                        || f == MARKDOWN && value.strip().equalsIgnoreCase("md")) {
                    return f;
                }
            }
            throw new TypeConversionException("expected table, markdown, json, sarif or html, got '" + value + "'");
        }
    }
}
