package io.piiscanner.core.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Recognises an input's format from its first bytes, with its name as a hint. Magic bytes decide
 * the binary formats whatever the name says (a {@code .csv} that is a ZIP archive is read as one);
 * the name decides between text formats, and text with a name that says nothing is recognised as
 * XML, HTML or an email from how it starts. Compression is recognised before this, by
 * {@link Compression#of}.
 */
public final class FormatDetector {

    /** How many leading bytes detection looks at. */
    public static final int HEAD_BYTES = 8192;

    /** Header fields that mark the start of an email (RFC 5322), lower case. */
    private static final Set<String> MAIL_HEADERS = Set.of(
            "return-path",
            "received",
            "from",
            "to",
            "cc",
            "date",
            "subject",
            "message-id",
            "mime-version",
            "delivered-to",
            "reply-to",
            "sender",
            "dkim-signature",
            "authentication-results",
            "arc-seal",
            "x-mailer",
            "content-type",
            "in-reply-to",
            "references");

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final int ZIP_LOCAL_HEADER = 30;

    private FormatDetector() {}

    /**
     * The format of content starting with {@code head[0, len)}.
     *
     * @param name the input's or entry's name, without compression extensions; may be empty
     */
    public static InputFormat detect(byte[] head, int len, String name) {
        InputFormat byName = InputFormat.fromName(name);
        InputFormat binary = binary(head, len, byName);
        if (binary != null) {
            return binary;
        }
        if (byName.text() && byName != InputFormat.TEXT || byName == InputFormat.EMAIL) {
            return byName;
        }
        return text(head, len);
    }

    /** The binary format these bytes start, or {@code null}. */
    private static InputFormat binary(byte[] h, int len, InputFormat byName) {
        if (starts(h, len, 0, "PK\u0003\u0004") || starts(h, len, 0, "PK\u0005\u0006")) {
            InputFormat office = office(h, len);
            if (office != null) {
                return office;
            }
            return byName == InputFormat.XLSX || byName == InputFormat.DOCX ? byName : InputFormat.ZIP;
        }
        if (starts(h, len, 257, "ustar")) {
            return InputFormat.TAR;
        }
        // A Parquet file whose footer is encrypted starts PARE.
        if (starts(h, len, 0, "PAR1") || starts(h, len, 0, "PARE")) {
            return InputFormat.PARQUET;
        }
        if (starts(h, len, 0, "Obj\u0001")) {
            return InputFormat.AVRO;
        }
        if (starts(h, len, 0, "%PDF-")) {
            return InputFormat.PDF;
        }
        if (starts(h, len, 0, "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1")) {
            return InputFormat.OLE2;
        }
        return null;
    }

    /**
     * An Office Open XML document: a ZIP archive whose first member is {@code [Content_Types].xml},
     * as Office and POI write them, declaring a workbook or a document. Null when the head does
     * not hold the whole first member, or it declares neither.
     */
    private static InputFormat office(byte[] h, int len) {
        if (len < ZIP_LOCAL_HEADER) {
            return null;
        }
        int method = u16(h, 8);
        long compressed = u32(h, 18);
        int nameLength = u16(h, 26);
        int extraLength = u16(h, 28);
        int data = ZIP_LOCAL_HEADER + nameLength + extraLength;
        // With a data descriptor (flag 8) the sizes come after the data: inflate what the head holds.
        boolean descriptor = (u16(h, 6) & 8) != 0;
        if (nameLength != CONTENT_TYPES.length()
                || !starts(h, len, ZIP_LOCAL_HEADER, CONTENT_TYPES)
                || data >= len
                || !descriptor && data + compressed > len
                || descriptor && method != 8) {
            return null;
        }
        String types = contentTypes(h, data, descriptor ? len - data : (int) compressed, method);
        if (types == null) {
            return null;
        }
        if (types.contains("spreadsheetml.sheet.main+xml")) {
            return InputFormat.XLSX;
        }
        if (types.contains("wordprocessingml.document.main+xml")) {
            return InputFormat.DOCX;
        }
        return null;
    }

    private static String contentTypes(byte[] h, int at, int length, int method) {
        if (method == 0) {
            return new String(h, at, length, StandardCharsets.UTF_8);
        }
        if (method != 8) {
            return null;
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(h, at, length);
            byte[] out = new byte[HEAD_BYTES * 4];
            int n = inflater.inflate(out);
            return new String(out, 0, n, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /** XML, HTML or an email by how the text starts; else plain text. */
    private static InputFormat text(byte[] h, int len) {
        int i = 0;
        if (starts(h, len, 0, "\u00ef\u00bb\u00bf")) {
            i = 3;
        }
        while (i < len && (h[i] == ' ' || h[i] == '\t' || h[i] == '\r' || h[i] == '\n')) {
            i++;
        }
        String start = new String(h, i, Math.min(len - i, 512), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return InputFormat.HTML;
        }
        if (start.startsWith("<?xml")) {
            // XHTML declares itself XML first.
            return start.contains("<!doctype html") || start.contains("<html") ? InputFormat.HTML : InputFormat.XML;
        }
        return isMail(h, len) ? InputFormat.EMAIL : InputFormat.TEXT;
    }

    /**
     * Whether the text starts with an email's header section: every line a header field
     * ({@code Name: value}) or its continuation, until a blank line or the end of the head, with at
     * least two fields that mail has, one of them on the first line.
     */
    static boolean isMail(byte[] h, int len) {
        int known = 0;
        int at = 0;
        while (at < len) {
            int end = at;
            while (end < len && h[end] != '\n') {
                end++;
            }
            int lineEnd = end > at && h[end - 1] == '\r' ? end - 1 : end;
            if (lineEnd == at) {
                return known >= 2;
            }
            if (h[at] == ' ' || h[at] == '\t') {
                if (at == 0) {
                    return false;
                }
            } else {
                String name = fieldName(h, at, lineEnd);
                if (name == null || at == 0 && !MAIL_HEADERS.contains(name)) {
                    return false;
                }
                if (MAIL_HEADERS.contains(name)) {
                    known++;
                }
            }
            at = end + 1;
        }
        // The head ended inside the header section, or the input after it.
        return known >= 2;
    }

    /** The lower-case name of a header field line, or null if the line is not one. */
    private static String fieldName(byte[] h, int from, int to) {
        for (int i = from; i < to; i++) {
            int b = h[i] & 0xff;
            if (b == ':') {
                return i == from
                        ? null
                        : new String(h, from, i - from, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
            }
            // RFC 5322 field names: printable US-ASCII but the colon.
            if (b <= ' ' || b > '~') {
                return null;
            }
        }
        return null;
    }

    private static boolean starts(byte[] h, int len, int at, String latin1) {
        if (len < at + latin1.length()) {
            return false;
        }
        for (int i = 0; i < latin1.length(); i++) {
            if ((h[at + i] & 0xff) != latin1.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] h, int at) {
        return (h[at] & 0xff) | (h[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] h, int at) {
        return u16(h, at) | (long) u16(h, at + 2) << 16;
    }
}
