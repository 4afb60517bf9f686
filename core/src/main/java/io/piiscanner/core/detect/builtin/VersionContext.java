package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.validate.InetLiterals;

import java.util.List;

/**
 * Tells a version, revision or section number written like an IPv4 address ({@code Git 1.7.12.4
 * Release Notes}, {@code $Revision: 1.2.3.4}, {@code dash 0.5.10.2-6}) from an address, by what
 * stands next to it on its line. Addresses in logs stand after words such as "from", "client" or
 * "src=", or alone; numbers that name a release stand after a label, inside a package name, or in
 * a change from one version to another.
 */
final class VersionContext {

    /** Words that label the number right after them: {@code Version: 1.2.3.4}, {@code section 4.20.7.1}. */
    private static final List<String> LABELS = List.of("version", "versions", "ver", "vers", "v", "revision", "rev",
            "release", "build", "section", "sect", "chapter", "patch", "tag", "firmware");
    /** Endings of compound labels: {@code vendortag}, {@code ProductVersion}, {@code fileRevision}. */
    private static final List<String> LABEL_ENDINGS = List.of("version", "revision", "release", "tag");
    /** Words right after the number that name it a version: {@code Git 1.7.12.4 Release Notes}. */
    private static final List<String> FOLLOWERS = List.of("release", "version");
    /** Verbs of dependency updates ({@code Bump foo from 4.2.0 to 4.7.3.0}), with any ending: bumps, upgraded. */
    private static final List<String> UPGRADES = List.of("bump", "upgrade", "downgrade");
    /** The words between an update verb's object and a version: {@code from 4.2.0}, {@code to 4.7.3.0}. */
    private static final List<String> UPGRADE_LINKS = List.of("to", "from");
    /** The longest ending of an update verb: "ed" of "bumped". */
    private static final int MAX_ENDING = 2;
    /** What joins the two versions of an update: {@code 4.2.0 to 4.7.3.0}, {@code `4.2.0` -> `4.7.3.0`}. */
    private static final List<String> CONNECTORS = List.of("to", "->", "=>");
    /** Characters between a label and its number: {@code Revision: }, {@code version=}, {@code <version>}. */
    private static final String LABEL_GAP = " \t:=$#([\"'.>";
    /** How many characters of gap, and of a number after the label ({@code release-1: }), a label may stand off. */
    private static final int LABEL_REACH = 4;
    /** How far back on the line the verb of an update, or the fields of a coordinate, are looked for. */
    private static final int VERB_REACH = 160;
    /** Longer runs of letters are no label. */
    private static final int MAX_WORD = 24;

    private VersionContext() {
    }

    /** Whether the dotted quad at {@code s[start, end)} is a version number rather than an address. */
    static boolean isVersion(CharSequence s, int start, int end) {
        if (inPackageName(s, start, end) || inCoordinate(s, start, end) || afterComparator(s, start)) {
            return true;
        }
        int wordEnd = labelEnd(s, start);
        int wordStart = wordStartBefore(s, wordEnd);
        int nextStart = wordStartAfter(s, end);
        return isLabel(s, wordStart, wordEnd) || isAnyOf(s, nextStart, wordEndAfter(s, nextStart), FOLLOWERS)
                || inUpgrade(s, start, end, wordStart, wordEnd);
    }

    /**
     * {@code name-1.2.3.4}, {@code 1.2.3.4-6} (a Debian revision), {@code 1.2.3.4-beta},
     * {@code 1.2.3.4.jar}, and Windows component names joined by {@code ~}.
     */
    private static boolean inPackageName(CharSequence s, int start, int end) {
        char before = charAt(s, start - 1);
        char after = charAt(s, end);
        char next = charAt(s, end + 1);
        return before == '~' || after == '~'
                || (before == '-' && isAlnum(charAt(s, start - 2)))
                || (after == '-' && isAlnum(next) && !isRangeEnd(s, start, end, end + 1))
                || (after == '.' && isLetter(next));
    }

    /**
     * Whether what follows the dash after {@code s[start, end)} ends a range of addresses: a
     * whole address ({@code 10.0.0.1-10.0.0.9}) or a last octet above the first one's
     * ({@code 192.168.1.1-254}, as nmap writes ranges).
     */
    private static boolean isRangeEnd(CharSequence s, int start, int end, int at) {
        if (dottedNumberLength(s, at) > 0) {
            return true;
        }
        int digits = 0;
        while (digits < 4 && isDigit(charAt(s, at + digits))) {
            digits++;
        }
        if (digits == 0 || digits > 3 || isAlnum(charAt(s, at + digits))) {
            return false;
        }
        int last = (int) (InetLiterals.parseIpv4(s, start, end) & 0xff);
        int rangeEnd = Integer.parseInt(s.subSequence(at, at + digits).toString());
        return rangeEnd > last && rangeEnd <= 255;
    }

    /**
     * A Maven or Gradle coordinate: {@code com.google.guava:guava:31.1.0.1} (two or more fields
     * before it, one with a dot) or {@code spotbugs-maven-plugin:4.7.3.0:check} (a plugin's goal
     * after it); not a host's name and address ({@code --add-host=db.internal:10.0.0.5}).
     */
    private static boolean inCoordinate(CharSequence s, int start, int end) {
        if (charAt(s, start - 1) != ':') {
            return false;
        }
        if (charAt(s, end) == ':' && isLetter(charAt(s, end + 1))) {
            return true;
        }
        int colons = 0;
        boolean dot = false;
        for (int i = start - 1; i >= 0 && start - i < VERB_REACH; i--) {
            char c = s.charAt(i);
            if (c == ':') {
                colons++;
            } else if (c == '.') {
                dot = true;
            } else if (!isAlnum(c) && c != '-' && c != '_') {
                break;
            }
        }
        return colons >= 2 && dot;
    }

    /** A requirement such as {@code foo >= 1.2.3.4}, {@code ~> 1.2.3.4}, {@code ^1.2.3.4}. */
    private static boolean afterComparator(CharSequence s, int start) {
        int i = start - 1;
        if (charAt(s, i) == ' ') {
            i--;
        }
        char last = charAt(s, i);
        char first = charAt(s, i - 1);
        return last == '^' || (last == '=' && "=<>!~".indexOf(first) >= 0) || (last == '>' && first == '~');
    }

    private static boolean isLabel(CharSequence s, int from, int to) {
        if (isAnyOf(s, from, to, LABELS)) {
            return true;
        }
        for (String ending : LABEL_ENDINGS) {
            if (to - from >= ending.length() && regionIs(s, to - ending.length(), ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s[from, to)} is one of {@code words} (lower case), in any case. */
    private static boolean isAnyOf(CharSequence s, int from, int to, List<String> words) {
        for (String word : words) {
            if (to - from == word.length() && regionIs(s, from, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Bump foo from 4.2.0 to 4.7.3.0}: after "to" or "from" on a line with the verb of an
     * update, or paired by "to" or an arrow with a version that is no address.
     */
    private static boolean inUpgrade(CharSequence s, int start, int end, int wordStart, int wordEnd) {
        if (isAnyOf(s, wordStart, wordEnd, UPGRADE_LINKS) && upgradeVerbBefore(s, start)) {
            return true;
        }
        int connector = connectorBefore(s, start);
        if (connector >= 0 && isOtherVersion(s, numberEndingAt(s, connector))) {
            return true;
        }
        int other = numberAfterConnector(s, end);
        return other >= 0 && isOtherVersion(s, other);
    }

    /** Whether a verb of {@link #UPGRADES} starts a word on the line in the {@link #VERB_REACH} characters before. */
    private static boolean upgradeVerbBefore(CharSequence s, int start) {
        int from = Math.max(0, start - VERB_REACH);
        for (int i = start - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (c == '\n') {
                return false;
            }
            // Runs for most addresses in logs ("from 10.0.0.5"): the first letter rules out nearly every word.
            char lower = Character.toLowerCase(c);
            if ((lower == 'b' || lower == 'u' || lower == 'd') && !isLetter(charAt(s, i - 1))) {
                for (String verb : UPGRADES) {
                    if (regionIs(s, i, verb) && endingLength(s, i + verb.length(), start) <= MAX_ENDING) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The letters from {@code i} on, before {@code to}: no more than one past {@link #MAX_ENDING} are counted. */
    private static int endingLength(CharSequence s, int i, int to) {
        int n = 0;
        while (i + n < to && n <= MAX_ENDING && isLetter(s.charAt(i + n))) {
            n++;
        }
        return n;
    }

    /** Where the text before a connector ({@code to}, {@code ->}) that precedes {@code start} ends, or -1. */
    private static int connectorBefore(CharSequence s, int start) {
        int i = skipBack(s, start);
        int c = connectorLengthEndingAt(s, i);
        return c == 0 ? -1 : skipBack(s, i - c);
    }

    /** Where the number after a connector that follows {@code end} starts, or -1. */
    private static int numberAfterConnector(CharSequence s, int end) {
        int i = skipForward(s, end);
        int c = connectorLengthAt(s, i);
        return c == 0 ? -1 : skipForward(s, i + c);
    }

    private static int connectorLengthEndingAt(CharSequence s, int end) {
        for (String c : CONNECTORS) {
            int from = end - c.length();
            if (from >= 0 && regionIs(s, from, c) && !isAlnum(charAt(s, from - 1))) {
                return c.length();
            }
        }
        return 0;
    }

    private static int connectorLengthAt(CharSequence s, int at) {
        for (String c : CONNECTORS) {
            if (regionIs(s, at, c) && !isAlnum(charAt(s, at + c.length()))) {
                return c.length();
            }
        }
        return 0;
    }

    /** Whether a dotted number that is no IPv4 address ({@code 4.2.0}, {@code v4.2}) starts at {@code from}. */
    private static boolean isOtherVersion(CharSequence s, int from) {
        int at = Character.toLowerCase(charAt(s, from)) == 'v' ? from + 1 : from;
        int to = at + dottedNumberLength(s, at);
        return to > at && InetLiterals.parseIpv4(s, at, to) < 0 && !isAlnum(charAt(s, to))
                && !isAlnum(charAt(s, from - 1));
    }

    /** The start of the dotted number (or {@code v} and dotted number) that ends at {@code end}. */
    private static int numberEndingAt(CharSequence s, int end) {
        int i = end;
        while (i > 0 && (isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.')) {
            i--;
        }
        return i > 0 && Character.toLowerCase(s.charAt(i - 1)) == 'v' ? i - 1 : i;
    }

    /** The length of the digits and dots from {@code at}, starting and ending with a digit, holding a dot; else 0. */
    private static int dottedNumberLength(CharSequence s, int at) {
        int i = at;
        boolean dot = false;
        while (isDigit(charAt(s, i)) || (charAt(s, i) == '.' && isDigit(charAt(s, i + 1)) && i > at)) {
            dot |= s.charAt(i) == '.';
            i++;
        }
        return dot ? i - at : 0;
    }

    /**
     * The end of the word that may label the number at {@code start}: across a short gap
     * ({@code Revision: }) and a number after the word ({@code release-1: }).
     */
    private static int labelEnd(CharSequence s, int start) {
        int i = start;
        while (i > 0 && start - i < LABEL_REACH && LABEL_GAP.indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        int suffix = i;
        while (i > 0 && suffix - i < LABEL_REACH && "-_0123456789".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return i < suffix && isLetter(charAt(s, i - 1)) ? i : suffix;
    }

    /**
     * The start of the word of letters that ends at {@code end}, or {@code end} when there is
     * none: no letter, the end of a longer token ({@code S3V}) or a run too long for a word.
     */
    private static int wordStartBefore(CharSequence s, int end) {
        int i = end;
        while (i > 0 && end - i <= MAX_WORD && isLetter(s.charAt(i - 1))) {
            i--;
        }
        return end - i > MAX_WORD || isAlnum(charAt(s, i - 1)) ? end : i;
    }

    /** The start of the word after {@code end} and a space or two. */
    private static int wordStartAfter(CharSequence s, int end) {
        int i = end;
        while (i < s.length() && i - end < 2 && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The end of the word of letters from {@code start}, or {@code start} when the run is too long for a word. */
    private static int wordEndAfter(CharSequence s, int start) {
        int i = start;
        while (i < s.length() && i - start <= MAX_WORD && isLetter(s.charAt(i))) {
            i++;
        }
        return i - start > MAX_WORD ? start : i;
    }

    private static int skipBack(CharSequence s, int i) {
        while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '`')) {
            i--;
        }
        return i;
    }

    private static int skipForward(CharSequence s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '`')) {
            i++;
        }
        return i;
    }

    /** Whether {@code word}, in lower case, is at {@code at} in any case (ASCII only, as every word here is). */
    private static boolean regionIs(CharSequence s, int at, String word) {
        if (at < 0 || at + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = s.charAt(at + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }


    /** The character at {@code i}, or a line break outside the text. */
    private static char charAt(CharSequence s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : '\n';
    }

    private static boolean isAlnum(char c) {
        return isLetter(c) || isDigit(c);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
