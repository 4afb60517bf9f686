package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.ScanText;

import java.util.Locale;
import java.util.Set;

/**
 * Finds e-mail addresses in the practical subset of RFC 5322 that people and systems write:
 * an unquoted local part of letters, digits and {@code ._%+-} (no leading, trailing or double
 * dot) and a domain of two or more labels ending in an alphabetic or {@code xn--} top-level
 * domain.
 *
 * <p>Rather than trying a regular expression at every position, it jumps from {@code @} to
 * {@code @} and grows the address outwards by character class, which keeps scans of large text
 * with few addresses cheap.
 */
public final class EmailDetector implements Detector {

    private static final double SCORE = 0.9;
    private static final int MAX_LOCAL = 64;
    private static final int MAX_LABEL = 63;
    private static final int MAX_DOMAIN = 253;
    private static final int MIN_TLD = 2;
    private static final int MAX_TLD = 24;
    /** Image names such as {@code icon@2x.png} look like addresses but name files. */
    private static final Set<String> FILE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp");
    private static final ContextRule CONTEXT = ContextRule.boostedBy("email", "e-mail", "mail", "contact");

    @Override
    public String id() {
        return "email";
    }

    @Override
    public String type() {
        return EntityTypes.EMAIL_ADDRESS;
    }

    @Override
    public ContextRule context() {
        return CONTEXT;
    }

    @Override
    public void find(ScanText text, CandidateSink sink) {
        String s = text.text();
        int at = s.indexOf('@', text.scanStart());
        // An address starts at most MAX_LOCAL characters before its '@'.
        int lastAt = Math.min(s.length(), text.scanEnd() + MAX_LOCAL);
        while (at >= 0 && at < lastAt) {
            int start = localStart(s, at);
            int end = start >= text.scanStart() && start < text.scanEnd() ? domainEnd(s, at) : -1;
            if (end > 0) {
                sink.accept(new Candidate(start, end, SCORE));
                at = s.indexOf('@', end);
            } else {
                at = s.indexOf('@', at + 1);
            }
        }
    }

    /** Start of a valid local part ending just before {@code at}, or -1. */
    private static int localStart(String s, int at) {
        int i = at;
        while (i > 0 && at - i < MAX_LOCAL && isLocalChar(s.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && (isLocalChar(s.charAt(i - 1)) || s.charAt(i - 1) == '@')) {
            return -1;
        }
        // Leading dots are punctuation before the address ("Email:...john@"), not part of it.
        while (i < at && s.charAt(i) == '.') {
            i++;
        }
        if (i == at || s.charAt(at - 1) == '.') {
            return -1;
        }
        for (int j = i + 1; j < at; j++) {
            if (s.charAt(j) == '.' && s.charAt(j - 1) == '.') {
                return -1;
            }
        }
        return i;
    }

    /** End of a valid domain starting after {@code at}, or -1. */
    private static int domainEnd(String s, int at) {
        int end = at + 1;
        while (end < s.length() && end - at <= MAX_DOMAIN && isDomainChar(s.charAt(end))) {
            end++;
        }
        // A sentence may end right after the address.
        while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
            end--;
        }
        // Still inside a domain-like token: too long, or glued to '_' or another '@'.
        if (end < s.length() && isBlockedAfter(s.charAt(end))) {
            return -1;
        }
        return validDomain(s, at + 1, end) ? end : -1;
    }

    private static boolean isBlockedAfter(char c) {
        return c == '@' || c == '_' || (isDomainChar(c) && c != '.' && c != '-');
    }

    private static boolean validDomain(String s, int from, int to) {
        int labels = 0;
        int labelStart = from;
        for (int i = from; i <= to; i++) {
            if (i < to && s.charAt(i) != '.') {
                continue;
            }
            int len = i - labelStart;
            if (len == 0 || len > MAX_LABEL || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                return false;
            }
            labels++;
            if (i == to) {
                return labels >= 2 && validTld(s, labelStart, to);
            }
            labelStart = i + 1;
        }
        return false;
    }

    private static boolean validTld(String s, int from, int to) {
        int len = to - from;
        if (len > 4 && s.regionMatches(true, from, "xn--", 0, 4)) {
            return true;
        }
        if (len < MIN_TLD || len > MAX_TLD) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isLetter(s.charAt(i))) {
                return false;
            }
        }
        return !FILE_EXTENSIONS.contains(s.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** Keeps the first character of the local part and the top-level domain: {@code j****@*******.com}. */
    @Override
    public String mask(CharSequence raw) {
        String s = raw.toString();
        int at = s.lastIndexOf('@');
        int tld = s.lastIndexOf('.');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = i == 0 || c == '@' || (i > at && (c == '.' || i > tld));
            out.append(keep ? c : Masks.MASK);
        }
        return out.toString();
    }

    /** Addresses are compared case-insensitively, as mail systems practically do. */
    @Override
    public String normalize(CharSequence raw) {
        return raw.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isLocalChar(char c) {
        return isLetter(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return isLetter(c) || isDigit(c) || c == '.' || c == '-';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
