package io.piiscanner.core.read;

/**
 * Where in a structured input a finding sits, beyond what its line and column say. Each
 * component is what the format knows, or {@code null}.
 *
 * <p>How to read a finding's position:
 * <ul>
 *   <li>no location ({@code null}): line and column are in the input itself, as for text, CSV,
 *       JSON, HTML and XML;</li>
 *   <li>only an {@link #entry()}: line and column are in that archive member (or email part),
 *       read as text;</li>
 *   <li>anything else ({@link #piece()}): the value was read out of a structure (an email header,
 *       a spreadsheet cell, a Parquet record, a PDF page) and line and column count inside that
 *       piece's text; {@code start} and {@code end} too.</li>
 * </ul>
 *
 * @param entry  the member of an archive or part of an email holding the value, as
 *               {@code 2024/cards.csv}; archives in archives joined by {@code !/}, as
 *               {@code inner.zip!/cards.csv}; any value a name holds masked
 * @param part   a named part of a document that is no entry, such as {@code headers} for the
 *               header fields of an email (the header's name is the finding's field)
 * @param sheet  the worksheet's name, masked like any name
 * @param cell   the cell reference, as {@code C7}
 * @param record the 0-based index of the record (Parquet, Avro), as Macie's {@code recordIndex}
 * @param row    the 1-based row (a spreadsheet's, or a table's in a document)
 * @param column the 1-based column of that row
 * @param page   the 1-based page
 */
public record Location(
        String entry, String part, String sheet, String cell, Long record, Long row, Long column, Long page) {

    /** A member of an archive, or part of an email, read as text. */
    public static Location entry(String entry) {
        return new Location(entry, null, null, null, null, null, null, null);
    }

    /** A named part of a document, such as an email's {@code headers}. */
    public static Location part(String part) {
        return new Location(null, part, null, null, null, null, null, null);
    }

    /** This location, in an archive member or email part: {@code entry} goes before any entry it has. */
    public Location withEntry(String outer) {
        return new Location(entry == null ? outer : outer + "!/" + entry, part, sheet, cell, record, row, column, page);
    }

    /**
     * Whether the value was read out of a piece of a structure, so that a finding's line, column
     * and offsets count inside that piece rather than in a file or entry.
     */
    public boolean piece() {
        return part != null
                || sheet != null
                || cell != null
                || record != null
                || row != null
                || column != null
                || page != null;
    }
}
