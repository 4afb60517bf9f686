package io.piiscanner.core.detect.builtin;

import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a position of a window lies in the value of a mail header that holds message
 * identifiers rather than mailboxes: {@code Message-ID}, {@code In-Reply-To}, {@code References}
 * and their kind, including git's {@code Message-Id:} trailers, quoted ({@code > }) or indented
 * lines, and the folded continuation lines of a long {@code References} header.
 *
 * <p>One instance serves one scan of a window, asked about positions in increasing order: it
 * reads each line's start once and remembers the status of the last line it read, so that a
 * window full of addresses, or one long line of them, costs one pass.
 */
final class MessageIdLines {

    /**
     * Headers whose value is a list of message identifiers, or the envelope id of a delivery
     * status notification (RFC 3464); any name ending in "message-id" too.
     */
    private static final Set<String> ID_HEADERS =
            Set.of("in-reply-to", "references", "content-id", "supersedes", "original-envelope-id");

    private static final String MESSAGE_ID = "message-id";
    private static final int MAX_NAME = 40;

    private final String s;
    /** The start of the line last asked about, and whether it lies in an identifier header. */
    private int lineStart = -1;

    private boolean lineHoldsIds;
    /** The last position asked about: no line break lies between {@link #lineStart} and it. */
    private int searched;

    MessageIdLines(String s) {
        this.s = s;
    }

    /** Whether {@code pos}, at or after every position asked about before, is in an identifier header. */
    boolean holds(int pos) {
        if (lineStart >= 0 && !lineBreakBefore(pos)) {
            return lineHoldsIds;
        }
        int previous = lineStart;
        boolean previousHoldsIds = lineHoldsIds;
        lineStart = s.lastIndexOf('\n', pos - 1) + 1;
        searched = pos;
        lineHoldsIds = status(lineStart, previous, previousHoldsIds);
        return lineHoldsIds;
    }

    /** Whether a line break lies between the last position asked about and {@code pos}; reads each character once. */
    private boolean lineBreakBefore(int pos) {
        for (int i = searched; i < pos; i++) {
            if (s.charAt(i) == '\n') {
                return true;
            }
        }
        searched = pos;
        return false;
    }

    /**
     * The status of the line starting at {@code start}: its header's, or for a continuation line
     * that of the header it continues, found by walking back to it or to the line {@code known}
     * whose status is {@code knownStatus}.
     */
    private boolean status(int start, int known, boolean knownStatus) {
        int line = start;
        while (isContinuation(line)) {
            if (line == 0) {
                return false;
            }
            line = s.lastIndexOf('\n', line - 2) + 1;
            if (line == known) {
                return knownStatus;
            }
        }
        return isIdHeader(line);
    }

    /** A folded header line: indented, holding an identifier in angle brackets ({@code \t<id@host>}). */
    private boolean isContinuation(int line) {
        int i = line;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i > line && i < s.length() && s.charAt(i) == '<';
    }

    /** A header line naming an identifier header, after any indentation or quote markers. */
    private boolean isIdHeader(int line) {
        int i = line;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '>')) {
            i++;
        }
        int nameStart = i;
        while (i < s.length() && i - nameStart <= MAX_NAME && isNameChar(s.charAt(i))) {
            i++;
        }
        if (i == nameStart || i >= s.length() || s.charAt(i) != ':') {
            return false;
        }
        String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
        return name.endsWith(MESSAGE_ID) || ID_HEADERS.contains(name);
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
}
