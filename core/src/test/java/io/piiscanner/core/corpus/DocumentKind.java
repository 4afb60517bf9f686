package io.piiscanner.core.corpus;

import io.piiscanner.core.format.InputFormat;

/** The kinds of documents the generator writes, with their file name stem, extension and format. */
public enum DocumentKind {
    /** CRM customer export with contact, identity and bank columns. */
    CUSTOMERS_CSV("customers", "csv", InputFormat.CSV),
    /** The same export, tab-separated. */
    CUSTOMERS_TSV("customers", "tsv", InputFormat.TSV),
    /** Card transactions from a payment processor. */
    TRANSACTIONS_CSV("transactions", "csv", InputFormat.CSV),
    /** AWS credential exports. */
    ACCESS_KEYS_CSV("access-keys", "csv", InputFormat.CSV),
    /** API and audit events, one JSON object per line. */
    EVENTS_NDJSON("events", "ndjson", InputFormat.NDJSON),
    /** Application, access and syslog lines. */
    APP_LOG("app", "log", InputFormat.TEXT),
    /** Support tickets in sentences. */
    SUPPORT_TICKETS("support-tickets", "txt", InputFormat.TEXT),
    /** One pretty-printed JSON batch of payments. */
    PAYMENTS_JSON("payments", "json", InputFormat.JSON);

    private final String stem;
    private final String extension;
    private final InputFormat format;

    DocumentKind(String stem, String extension, InputFormat format) {
        this.stem = stem;
        this.extension = extension;
        this.format = format;
    }

    /** A file name for this kind, e.g. {@code customers.csv}. */
    public String fileName() {
        return stem + "." + extension;
    }

    public InputFormat format() {
        return format;
    }
}
