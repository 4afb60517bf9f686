package io.piiscanner.core.scan;

import io.piiscanner.core.read.Location;

/**
 * One piece of personal or payment data found in an input. It never holds the raw value:
 * only its masked form and, when a key is configured, an HMAC fingerprint of its normalized form.
 *
 * @param path        the input's name as given by the caller ({@code -} for stdin), with any value it holds
 *                    masked ({@link NameMasker})
 * @param type        entity type, e.g. {@code CREDIT_CARD}
 * @param start       byte offset of the first byte in the (decompressed) input
 * @param end         byte offset after the last byte
 * @param line        1-based line number
 * @param column      1-based column, counted in UTF-8 characters (an invalid byte counts as one)
 * @param confidence  score in [0, 1] after context
 * @param masked      the value with all but a few characters replaced by {@code *}
 * @param detector    id of the detector that found it
 * @param field       CSV column name ({@code column 3} when the input has no header) or JSON path holding
 *                    the value, with any value a name holds masked; or {@code null}
 * @param fingerprint lower-case hex HMAC-SHA256 of the normalized value, or {@code null}
 * @param detail      non-sensitive detail such as a card brand, or {@code null}
 * @param location    where in a structured input the value sits (an archive member, an email header,
 *                    a cell, ...), which also says what {@code start}, {@code end}, {@code line} and
 *                    {@code column} count in; {@code null} for a value in the input's own text
 */
public record Finding(
        String path,
        String type,
        long start,
        long end,
        long line,
        long column,
        double confidence,
        String masked,
        String detector,
        String field,
        String fingerprint,
        String detail,
        Location location) {

    /** A finding in the input's own text, without a location. */
    public Finding(
            String path,
            String type,
            long start,
            long end,
            long line,
            long column,
            double confidence,
            String masked,
            String detector,
            String field,
            String fingerprint,
            String detail) {
        this(path, type, start, end, line, column, confidence, masked, detector, field, fingerprint, detail, null);
    }

    /** This finding at another place: in a structure's piece, or in an archive member. */
    public Finding at(long newStart, long newEnd, long newLine, long newColumn, Location newLocation) {
        return new Finding(
                path,
                type,
                newStart,
                newEnd,
                newLine,
                newColumn,
                confidence,
                masked,
                detector,
                field,
                fingerprint,
                detail,
                newLocation);
    }
}
