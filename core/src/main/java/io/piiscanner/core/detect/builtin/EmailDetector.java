package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchPattern;
import io.piiscanner.core.detect.ScanText;
import java.util.Locale;
import java.util.Set;

/**
 * Finds e-mail addresses in the practical subset of RFC 5322 that people and systems write:
 * an unquoted local part of letters, digits and {@code ._%+-} (no leading, trailing or double
 * dot) and a domain of two or more labels ending in an alphabetic or {@code xn--} top-level
 * domain.
 *
 * <p>Address-shaped text that names no mailbox is left out: message identifiers
 * ({@code <20140304174806.GA11561@sigill.intra.peff.net>} in {@code Message-ID},
 * {@code In-Reply-To} and {@code References} headers, see {@link MessageIdLines}, or shaped like
 * one), the transaction ids mail servers write in {@code Received} headers
 * ({@code with ESMTP id <0GK500B01D0B8Y@mail.example.edu>}), names of SSH ({@link SshNames}) and
 * the user-info of a URL ({@code https://user:pwd@example.com}), where the part after the
 * {@code @} is a host. A percent-encoded address in user-info
 * ({@code https://name%40example.com@host}) is reported with its own span.
 *
 * <p>Rather than trying a regular expression at every position, it jumps from {@code @} to
 * {@code @} and grows the address outwards by character class, which keeps scans of large text
 * with few addresses cheap.
 */
public final class EmailDetector extends DeclaredDetector {

    private static final double SCORE = 0.9;
    private static final int MAX_LOCAL = 64;
    private static final int MAX_LABEL = 63;
    private static final int MAX_DOMAIN = 253;
    private static final int MIN_TLD = 2;
    private static final int MAX_TLD = 24;
    /** Image names such as {@code icon@2x.png} look like addresses but name files. */
    private static final Set<String> FILE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp");
    /** How far back from an {@code @} the user-info of a URL is looked for. */
    private static final int MAX_USER_INFO = 256;
    /** An {@code @} percent-encoded, as in user-info. */
    private static final String ENCODED_AT = "%40";
    /** The shortest time stamp that starts a generated message identifier: epoch seconds. */
    private static final int MIN_STAMP_DIGITS = 10;
    /** The word before a transaction id in a {@code Received} header, and how long its protocol name can be. */
    private static final String ID = "id";

    private static final int MAX_PROTOCOL = 16;

    public EmailDetector() {
        super(DetectorDeclaration.detector("email", EntityTypes.EMAIL_ADDRESS)
                // Hand-written: jumping from '@' to '@' scans text with few addresses at about
                // 54,000 MB/s (DetectorBenchmark, bench/README.md), where the pattern detectors run at 170-310.
                .pattern(MatchPattern.handWrittenMatcher(EmailDetector::findAddresses))
                .context("email", "e-mail", "mail", "contact")
                .mask(EmailDetector::maskAddress)
                .normalize(EmailDetector::normalizeAddress));
    }

    private static void findAddresses(ScanText text, CandidateSink sink) {
        String s = text.text();
        MessageIdLines idLines = new MessageIdLines(s);
        int at = s.indexOf('@', text.scanStart());
        // An address starts at most MAX_LOCAL characters before its '@'.
        int lastAt = Math.min(s.length(), text.scanEnd() + MAX_LOCAL);
        while (at >= 0 && at < lastAt) {
            int next = at + 1;
            int userInfo = userInfoStart(s, at);
            if (userInfo >= 0) {
                encodedAddress(text, userInfo, at, sink);
            } else {
                int start = localStart(s, at);
                int end = inScanRange(text, start) ? domainEnd(s, at) : -1;
                if (end > 0) {
                    if (!isMessageId(s, start, at)
                            && !isTransactionId(s, start)
                            && !SshNames.isSshName(s, start, at, end)
                            && !idLines.holds(start)) {
                        sink.accept(new Candidate(start, end, SCORE));
                    }
                    next = end;
                }
            }
            at = s.indexOf('@', next);
        }
    }

    private static boolean inScanRange(ScanText text, int start) {
        return start >= text.scanStart() && start < text.scanEnd();
    }

    /**
     * The start of the user-info of a URL that this {@code @} ends ({@code user:pwd} in
     * {@code https://user:pwd@example.com}), or -1: the {@code @} follows the scheme's
     * {@code ://} with only user-info characters between.
     */
    private static int userInfoStart(String s, int at) {
        int i = at;
        while (i > 0 && at - i < MAX_USER_INFO && isUserInfoChar(s.charAt(i - 1))) {
            i--;
        }
        boolean afterScheme = i >= 4 && s.startsWith("://", i - 3) && isLetter(s.charAt(i - 4));
        return afterScheme && i < at ? i : -1;
    }

    /**
     * Reports the address in the user name of URL user-info {@code s[from, at)} when it is
     * percent-encoded ({@code name%40example.com}), as some clients write a login that is an
     * e-mail address.
     */
    private static void encodedAddress(ScanText text, int from, int at, CandidateSink sink) {
        String s = text.text();
        int userEnd = from;
        int sign = -1;
        for (; userEnd < at && s.charAt(userEnd) != ':'; userEnd++) {
            if (sign < 0 && s.startsWith(ENCODED_AT, userEnd)) {
                sign = userEnd;
            }
        }
        if (sign > from
                && sign + ENCODED_AT.length() < userEnd
                && localStart(s, sign) == from
                && inScanRange(text, from)
                && validDomain(s, sign + ENCODED_AT.length(), userEnd)) {
            sink.accept(new Candidate(from, userEnd, SCORE));
        }
    }

    /**
     * A message identifier written on its own, in angle brackets or as the last part of a URL
     * path ({@code https://lore.kernel.org/r/20140304174806.GA11561@...}): generated local parts
     * start with a time stamp ({@code 20140304174806.GA11561},
     * {@code 1394123456-12345-1-git-send-email-...}), carry git's {@code .git.}
     * ({@code cover.1394123456.git.jane}) or an {@code =} ({@code CAHk-=wgX9@mail.gmail.com},
     * where only the part after it would be read as a local part).
     */
    private static boolean isMessageId(String s, int start, int at) {
        int token = start;
        while (token > 0
                && start - token < MAX_LOCAL
                && (s.charAt(token - 1) == '=' || isLocalChar(s.charAt(token - 1)))) {
            token--;
        }
        char before = token > 0 ? s.charAt(token - 1) : ' ';
        if (before != '<' && before != '/') {
            return false;
        }
        int digits = 0;
        while (token + digits < at && isDigit(s.charAt(token + digits))) {
            digits++;
        }
        char after = s.charAt(token + digits);
        boolean stamped = digits >= MIN_STAMP_DIGITS && (after == '.' || after == '-');
        boolean glued = start > 0 && s.charAt(start - 1) == '=';
        return stamped || glued || s.substring(token, at).contains(".git.");
    }

    /**
     * The id a mail server gave the message it received, written in a {@code Received} header
     * after the word {@code id} (RFC 5321 section 4.4): after {@code with SMTP}, {@code with ESMTPSA}
     * or another mail protocol, or first on a folded line of the header.
     */
    private static boolean isTransactionId(String s, int start) {
        int i = start > 0 && s.charAt(start - 1) == '<' ? start - 1 : start;
        int gap = i;
        i = skipBlanksBack(s, i);
        if (i == gap || i < ID.length() || !s.regionMatches(true, i - ID.length(), ID, 0, ID.length())) {
            return false;
        }
        int id = i - ID.length();
        int before = skipBlanksBack(s, id);
        if (before == id && before > 0) {
            return false;
        }
        if (before == 0 || s.charAt(before - 1) == '\n') {
            return before < id;
        }
        int word = before;
        while (word > 0 && before - word < MAX_PROTOCOL && isLetterOrDigit(s.charAt(word - 1))) {
            word--;
        }
        String protocol = s.substring(word, before).toLowerCase(Locale.ROOT);
        return protocol.contains("smtp") || protocol.contains("lmtp");
    }

    private static int skipBlanksBack(String s, int i) {
        while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
            i--;
        }
        return i;
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

    /**
     * Keeps the first character of the local part and the top-level domain:
     * {@code j****@*******.com}; a percent-encoded {@code @} stays as written.
     */
    private static String maskAddress(CharSequence raw) {
        String s = raw.toString();
        int at = s.lastIndexOf('@');
        int atEnd = at + 1;
        if (at < 0) {
            at = s.indexOf(ENCODED_AT);
            atEnd = at + ENCODED_AT.length();
        }
        int tld = s.lastIndexOf('.');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = i == 0 || (i >= at && i < atEnd) || (i >= atEnd && (c == '.' || i > tld));
            out.append(keep ? c : Masks.MASK);
        }
        return out.toString();
    }

    /**
     * Addresses are compared case-insensitively, as mail systems practically do, and a
     * percent-encoded {@code @} as the character itself.
     */
    private static String normalizeAddress(CharSequence raw) {
        String s = raw.toString().toLowerCase(Locale.ROOT);
        return s.indexOf('@') >= 0 ? s : s.replace(ENCODED_AT, "@");
    }

    /** Characters of URL user-info (RFC 3986) as written in practice: no brackets, quotes or commas. */
    private static boolean isUserInfoChar(char c) {
        return isLetter(c) || isDigit(c) || "-._~%!$&*+;=:".indexOf(c) >= 0;
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
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
