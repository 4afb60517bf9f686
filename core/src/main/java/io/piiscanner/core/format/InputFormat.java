package io.piiscanner.core.format;

import java.util.List;
import java.util.Locale;

/**
 * How an input's bytes are structured, which decides how it is read and where its findings are.
 * Text formats are scanned as they are, a {@link FieldLocator} naming fields; the others are read
 * by a {@link io.piiscanner.core.read.FormatReader} ({@link io.piiscanner.core.scan.FormatReaders}).
 * {@link FormatDetector} recognises formats from the content, with the extensions below as hints.
 */
public enum InputFormat {
    /** Plain text or anything unstructured. */
    TEXT("text", true, List.of("text", "txt", "plain"), List.of()),
    /** Comma-separated values with a header row (RFC 4180 quoting). */
    CSV("CSV", true, List.of("csv"), List.of(".csv")),
    /** Tab-separated values with a header row. */
    TSV("TSV", true, List.of("tsv"), List.of(".tsv", ".tab")),
    /** One JSON document. */
    JSON("JSON", true, List.of("json"), List.of(".json")),
    /** One JSON document per line (JSON Lines, NDJSON). */
    NDJSON("NDJSON", true, List.of("ndjson", "jsonl", "jsonlines"), List.of(".ndjson", ".jsonl")),
    /** XML: the text of elements and the values of attributes, named by their element path. */
    XML("XML", true, List.of("xml"), List.of(".xml")),
    /** HTML: text and attribute values, not markup. */
    HTML("HTML", true, List.of("html", "htm"), List.of(".html", ".htm", ".xhtml")),
    /** An email message (RFC 822, MIME): header fields, body parts, attachments. */
    EMAIL("email", false, List.of("email", "eml"), List.of(".eml")),
    /** A ZIP archive (also JAR, WAR, EAR). */
    ZIP("ZIP archive", false, List.of("zip", "jar"), List.of(".zip", ".jar", ".war", ".ear")),
    /** A TAR archive. */
    TAR("TAR archive", false, List.of("tar"), List.of(".tar")),
    /** An Apache Parquet file: its values, by record and column. */
    PARQUET("Parquet file", false, List.of("parquet"), List.of(".parquet")),
    /** An Apache Avro object container file: its values, by record and field. */
    AVRO("Avro file", false, List.of("avro"), List.of(".avro")),
    /** An Excel workbook (Office Open XML). */
    XLSX("Excel workbook", false, List.of("xlsx"), List.of(".xlsx", ".xlsm")),
    /** A Word document (Office Open XML). */
    DOCX("Word document", false, List.of("docx"), List.of(".docx", ".docm")),
    /** A PDF document. */
    PDF("PDF document", false, List.of("pdf"), List.of(".pdf")),
    /** An OLE2 compound document: Office 97-2003 files and password-protected Office Open XML ones. */
    OLE2("OLE2 compound document", false, List.of(), List.of(".xls", ".doc", ".ppt", ".msg"));

    private final String description;
    private final boolean text;
    private final List<String> names;
    private final List<String> extensions;

    InputFormat(String description, boolean text, List<String> names, List<String> extensions) {
        this.description = description;
        this.text = text;
        this.names = names;
        this.extensions = extensions;
    }

    /** What it is, for messages: {@code ZIP archive}. */
    public String description() {
        return description;
    }

    /** Whether it is text scanned as it is, with its field names followed byte by byte; else it is read by a reader. */
    public boolean text() {
        return text;
    }

    /**
     * The format implied by a file name's extension, looking through compression extensions:
     * {@code data.csv.gz} is CSV, {@code backup.tgz} TAR. {@link #TEXT} when the name says nothing.
     */
    public static InputFormat fromName(String name) {
        String n = Compression.stripExtension(name.toLowerCase(Locale.ROOT));
        if (n.endsWith(".tgz") || n.endsWith(".tbz2") || n.endsWith(".txz")) {
            return TAR;
        }
        for (InputFormat f : values()) {
            for (String extension : f.extensions) {
                if (n.endsWith(extension)) {
                    return f;
                }
            }
        }
        return TEXT;
    }

    /** Parses a user-supplied format name such as {@code csv} or {@code jsonl}. */
    public static InputFormat parse(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.names.contains(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException(
                "unknown input format '" + value + "' (expected " + String.join(", ", names()) + ")");
    }

    /** The first name of each format {@link #parse} takes. */
    public static List<String> names() {
        return java.util.Arrays.stream(values())
                .filter(f -> !f.names.isEmpty())
                .map(f -> f.names.get(0))
                .toList();
    }
}
