package io.piiscanner.core.format;

import io.piiscanner.core.swar.Swar;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes the backslash escapes of the JSON strings in a window of raw input (<code>&#92;u0040</code>,
 * surrogate pairs, {@code \/}, {@code \\}, {@code \"}, {@code \n}, ...), so that detectors read
 * <code>"john&#92;u002edoe@example.com"</code> as the address it is, and maps offsets of the decoded text
 * back to the raw bytes. The decoded text is UTF-8, like the input; everything outside escapes is
 * copied as it is, so decoded offsets differ from raw ones only after an escape.
 *
 * <p>Hand-written because it runs on every window of JSON input: a window with no backslash, the
 * common case, costs one search eight bytes at a time ({@link Swar}) and is not copied.
 *
 * <p>The string holding a backslash is the one opened by the last quote before it: in JSON a
 * backslash is only ever inside a string, and the search starts after the string decoded before,
 * so no escaped quote lies between. A string open at the start of the window (no quote before its
 * first backslash) is decoded from there; should the window start inside an escape, that escape's
 * last bytes read as text, KEEP bytes before any value the window reports. A backslash on a line
 * that opens no string, which is not JSON, is left as it is. Not thread-safe; one per scan.
 */
public final class JsonEscapes {

    private static final int REPLACEMENT = 0xFFFD;

    private byte[] out = new byte[0];
    private int length;
    /** Per decoded escape: where its bytes start and end in the decoded text and in the raw window. */
    private int[] decodedStarts = new int[0];

    private int[] decodedEnds = new int[0];
    private int[] rawStarts = new int[0];
    private int[] rawEnds = new int[0];
    private int escapes;

    /**
     * Decodes the escapes of the strings in {@code raw[0, len)}.
     *
     * @param continued true when the window may start inside a string (it does not start the input)
     * @return false when the window holds no escape; then nothing is decoded and offsets are raw
     */
    public boolean decode(byte[] raw, int len, boolean continued) {
        escapes = 0;
        length = 0;
        int p = Swar.indexOf(raw, 0, len, (byte) '\\');
        if (p == len) {
            return false;
        }
        if (out.length < len) {
            out = new byte[len];
        }
        int copied = 0;
        int floor = 0;
        while (p < len) {
            int open = p - 1;
            while (open >= floor && raw[open] != '"' && raw[open] != '\n') {
                open--;
            }
            boolean inString = open >= floor ? raw[open] == '"' : floor == 0 && continued;
            if (!inString) {
                floor = p + 1;
                p = Swar.indexOf(raw, floor, len, (byte) '\\');
                continue;
            }
            int i = p;
            while (i < len && raw[i] == '\\') {
                copy(raw, copied, i);
                copied = i;
                int escape = i + 1 < len ? escapeLength(raw, i, len) : 0;
                if (escape > 0) {
                    int start = length;
                    length = utf8(codePoint(raw, i, escape), out, length);
                    record(start, i, i + escape);
                    copied = i + escape;
                    i += escape;
                } else {
                    // Not an escape JSON knows: its bytes stay, and the backslash escapes the next byte.
                    i = Math.min(len, i + 2);
                }
                i = Swar.indexOfAny(raw, i, len, (byte) '"', (byte) '\\', (byte) '\n');
            }
            floor = Math.min(len, i + 1);
            p = Swar.indexOf(raw, floor, len, (byte) '\\');
        }
        copy(raw, copied, len);
        return escapes > 0;
    }

    /** The decoded text; valid up to {@link #length()}. */
    public byte[] bytes() {
        return out;
    }

    /** Bytes of decoded text. */
    public int length() {
        return length;
    }

    /** The raw offset of the byte, or of the escape, that decoded byte {@code i} comes from ({@code i <= length}). */
    public int rawStart(int i) {
        int k = lastAtOrBefore(decodedStarts, i);
        if (k < 0) {
            return i;
        }
        return i < decodedEnds[k] ? rawStarts[k] : rawEnds[k] + (i - decodedEnds[k]);
    }

    /** The raw offset just after the byte, or the escape, that decoded byte {@code end - 1} comes from. */
    public int rawEnd(int end) {
        int k = lastAtOrBefore(decodedStarts, end - 1);
        if (k >= 0 && end - 1 < decodedEnds[k]) {
            return rawEnds[k];
        }
        return rawStart(end - 1) + 1;
    }

    /** The first decoded offset that comes from raw offset {@code raw} or later. */
    public int decodedAt(int raw) {
        int k = lastAtOrBefore(rawStarts, raw - 1);
        if (k < 0) {
            return raw;
        }
        return raw < rawEnds[k] ? decodedEnds[k] : decodedEnds[k] + (raw - rawEnds[k]);
    }

    /**
     * The text of the JSON string content {@code raw[0, len)} with its escapes decoded, such as a
     * key; an escape cut at the end stays as written.
     */
    public static String decodeString(byte[] raw, int len) {
        int p = Swar.indexOf(raw, 0, len, (byte) '\\');
        if (p == len) {
            return new String(raw, 0, len, StandardCharsets.UTF_8);
        }
        byte[] text = new byte[len];
        System.arraycopy(raw, 0, text, 0, p);
        int n = p;
        int i = p;
        while (i < len) {
            int escape = raw[i] == '\\' && i + 1 < len ? escapeLength(raw, i, len) : 0;
            if (escape > 0) {
                n = utf8(codePoint(raw, i, escape), text, n);
                i += escape;
            } else {
                text[n++] = raw[i++];
            }
        }
        return new String(text, 0, n, StandardCharsets.UTF_8);
    }

    /**
     * How many bytes the escape at {@code raw[i]} (a backslash, with a byte after it) takes: 2 for
     * the short forms, 6 for <code>&#92;uXXXX</code>, 12 for a surrogate pair; 0 when it is none.
     */
    private static int escapeLength(byte[] raw, int i, int len) {
        return switch (raw[i + 1]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> 2;
            case 'u' -> {
                int unit = hex4(raw, i + 2, len);
                if (unit < 0) {
                    yield 0;
                }
                boolean pair = Character.isHighSurrogate((char) unit)
                        && i + 7 < len
                        && raw[i + 6] == '\\'
                        && raw[i + 7] == 'u'
                        && Character.isLowSurrogate((char) Math.max(0, hex4(raw, i + 8, len)));
                yield pair ? 12 : 6;
            }
            default -> 0;
        };
    }

    /** The code point of an escape of {@link #escapeLength} {@code escape} at {@code raw[i]}; a lone surrogate is U+FFFD. */
    private static int codePoint(byte[] raw, int i, int escape) {
        return switch (raw[i + 1]) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                char unit = (char) hex4(raw, i + 2, raw.length);
                if (escape == 12) {
                    yield Character.toCodePoint(unit, (char) hex4(raw, i + 8, raw.length));
                }
                yield Character.isSurrogate(unit) ? REPLACEMENT : unit;
            }
            default -> raw[i + 1];
        };
    }

    /** The value of four hex digits at {@code raw[i]}, or -1. */
    private static int hex4(byte[] raw, int i, int len) {
        if (i + 4 > len) {
            return -1;
        }
        int v = 0;
        for (int k = i; k < i + 4; k++) {
            int d = Character.digit(raw[k], 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }

    /** Writes {@code cp} as UTF-8 at {@code dst[n]}; returns the offset after it. */
    private static int utf8(int cp, byte[] dst, int n) {
        if (cp < 0x80) {
            dst[n++] = (byte) cp;
        } else if (cp < 0x800) {
            dst[n++] = (byte) (0xC0 | cp >> 6);
            dst[n++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            dst[n++] = (byte) (0xE0 | cp >> 12);
            dst[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            dst[n++] = (byte) (0x80 | cp & 0x3F);
        } else {
            dst[n++] = (byte) (0xF0 | cp >> 18);
            dst[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            dst[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            dst[n++] = (byte) (0x80 | cp & 0x3F);
        }
        return n;
    }

    /** Copies {@code raw[from, to)} to the decoded text as it is. */
    private void copy(byte[] raw, int from, int to) {
        if (to > from) {
            System.arraycopy(raw, from, out, length, to - from);
            length += to - from;
        }
    }

    private void record(int decodedStart, int rawStart, int rawEnd) {
        if (escapes == rawStarts.length) {
            int capacity = Math.max(64, escapes * 2);
            decodedStarts = Arrays.copyOf(decodedStarts, capacity);
            decodedEnds = Arrays.copyOf(decodedEnds, capacity);
            rawStarts = Arrays.copyOf(rawStarts, capacity);
            rawEnds = Arrays.copyOf(rawEnds, capacity);
        }
        decodedStarts[escapes] = decodedStart;
        decodedEnds[escapes] = length;
        rawStarts[escapes] = rawStart;
        rawEnds[escapes] = rawEnd;
        escapes++;
    }

    /** The index of the last of the {@link #escapes} sorted values that is at most {@code x}, or -1. */
    private int lastAtOrBefore(int[] sorted, int x) {
        int lo = 0;
        int hi = escapes - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi;
    }
}
