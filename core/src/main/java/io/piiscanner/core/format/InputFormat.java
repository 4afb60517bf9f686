package io.piiscanner.core.format;

import java.util.Locale;

/** How an input's bytes are structured, which decides where findings get their field names. */
public enum InputFormat {
    /** Plain text or anything unstructured. */
    TEXT,
    /** Comma-separated values with a header row (RFC 4180 quoting). */
    CSV,
    /** Tab-separated values with a header row. */
    TSV,
    /** One JSON document. */
    JSON,
    /** One JSON document per line (JSON Lines, NDJSON). */
    NDJSON;

    /**
     * The format implied by a file name's extension, looking through a trailing {@code .gz}:
     * {@code data.csv.gz} is CSV.
     */
    public static InputFormat fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        } else if (n.endsWith(".gzip")) {
            n = n.substring(0, n.length() - 5);
        }
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (n.endsWith(".tsv") || n.endsWith(".tab")) {
            return TSV;
        }
        if (n.endsWith(".ndjson") || n.endsWith(".jsonl")) {
            return NDJSON;
        }
        if (n.endsWith(".json")) {
            return JSON;
        }
        return TEXT;
    }

    /** Parses a user-supplied format name such as {@code csv} or {@code jsonl}. */
    public static InputFormat parse(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return switch (v) {
            case "text", "txt", "plain" -> TEXT;
            case "csv" -> CSV;
            case "tsv" -> TSV;
            case "json" -> JSON;
            case "ndjson", "jsonl", "jsonlines" -> NDJSON;
            default -> throw new IllegalArgumentException(
                    "unknown input format '" + value + "' (expected text, csv, tsv, json or ndjson)");
        };
    }
}
