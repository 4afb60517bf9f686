package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.validate.InetLiterals;
import java.util.List;

/**
 * Tells a version, revision or section number written like an IPv4 address ({@code Git 1.7.12.4
 * Release Notes}, {@code $Revision: 1.2.3.4}, {@code dash 0.5.10.2-6}) from an address, by what
 * stands next to it on its line. Addresses in logs stand after words such as "from", "client" or
 * "src=", or alone; numbers that name a release stand after a label (also across a comparison:
 * {@code versions before 1.7.9.5}), inside a package name, as the version of a product token
 * ({@code Chrome/119.0.0.0 Safari/537.36}), in a change from one version to another (also wrapped
 * over two lines), or joined by "and" or a comma to a version ({@code Firmware 2.0.1.14 and
 * bootloader 3.1.0.2}).
 */
final class VersionContext {

    /** Words that label the number right after them: {@code Version: 1.2.3.4}, {@code section 4.20.7.1}. */
    private static final List<String> LABELS = List.of(
            "version",
            "versions",
            "ver",
            "vers",
            "v",
            "revision",
            "rev",
            "release",
            "build",
            "section",
            "sect",
            "chapter",
            "patch",
            "tag",
            "firmware");
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
    /**
     * Words of comparison that may stand between a label and its number: {@code versions before},
     * {@code releases older than}. Not "to" or "from", which lead to addresses as often.
     */
    private static final List<String> COMPARISONS = List.of(
            "before", "after", "since", "until", "till", "than", "older", "newer", "earlier", "later", "below", "above",
            "prior");
    /** How many words of comparison a label may stand before its number: {@code versions older than}. */
    private static final int MAX_COMPARISONS = 2;
    /** What joins two numbers of one kind: {@code 2.0.1.14 and 3.1.0.2}, {@code 4.2.0, 4.7.3.0}. */
    private static final List<String> COORDINATORS = List.of("and", "or");
    /** Words that name what follows them an address, so a number after them is not coordinated with a version. */
    private static final List<String> ADDRESS_WORDS = List.of(
            "ip",
            "ips",
            "address",
            "addr",
            "host",
            "hostname",
            "server",
            "client",
            "peer",
            "remote",
            "src",
            "dst",
            "source",
            "destination",
            "gateway",
            "gw",
            "dns",
            "from",
            "to",
            "via");
    /** Debian architectures, named after a package in apt and dpkg logs: {@code libc6:amd64}. */
    private static final List<String> ARCHITECTURES = List.of(
            "amd64", "arm64", "armel", "armhf", "i386", "mips64el", "mipsel", "ppc64el", "riscv64", "s390x", "all");
    /** What a product token follows: a space, a quote or a comment's parenthesis, or the start of a line. */
    private static final String TOKEN_BEFORE = " \t\"'(\n";
    /** The longest token read as a product or comment beside a product token. */
    private static final int MAX_TOKEN = 64;

    private VersionContext() {}

    /** Whether the dotted quad at {@code s[start, end)} is a version number rather than an address. */
    static boolean isVersion(CharSequence s, int start, int end) {
        return namedByNeighbours(s, start, end) || coordinatedWithVersion(s, start);
    }

    /** Whether the words and tokens right around the dotted quad at {@code s[start, end)} name it a version. */
    private static boolean namedByNeighbours(CharSequence s, int start, int end) {
        if (inPackageName(s, start, end)
                || inCoordinate(s, start, end)
                || afterComparator(s, start)
                || inProductToken(s, start, end)
                || afterDebianPackage(s, start)) {
            return true;
        }
        int wordEnd = labelEnd(s, start);
        int wordStart = wordStartBefore(s, wordEnd);
        int nextStart = wordStartAfter(s, end);
        return isLabel(s, wordStart, wordEnd)
                || labelBeforeComparison(s, wordStart, wordEnd)
                || isAnyOf(s, nextStart, wordEndAfter(s, nextStart), FOLLOWERS)
                || inUpgrade(s, start, end, wordStart, wordEnd);
    }

    /** {@code versions before 1.7.9.5}, {@code releases older than 1.2.3.4}: a label, then words of comparison. */
    private static boolean labelBeforeComparison(CharSequence s, int wordStart, int wordEnd) {
        int from = wordStart;
        int to = wordEnd;
        for (int hop = 0; hop < MAX_COMPARISONS && from < to && isAnyOf(s, from, to, COMPARISONS); hop++) {
            to = spacesBack(s, from);
            if (to == from) {
                return false;
            }
            from = wordStartBefore(s, to);
            if (isLabel(s, from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Firmware 2.0.1.14 and bootloader 3.1.0.2}, {@code 4.2.0, 4.7.3.0}: joined by "and",
     * "or", {@code &} or a comma and a space to a version, with at most one word between that does
     * not name an address ({@code version 1.2.3.4 and host 10.0.0.1} holds an address). A comma
     * without a space separates the fields of a record ({@code 1.2.3,10.0.0.1}).
     */
    private static boolean coordinatedWithVersion(CharSequence s, int start) {
        int i = spacesBack(s, start);
        int word = wordStartBefore(s, i);
        if (word < i && !isAnyOf(s, word, i, COORDINATORS)) {
            if (isAnyOf(s, word, i, ADDRESS_WORDS) || spacesBack(s, word) == word) {
                return false;
            }
            i = spacesBack(s, word);
        }
        int joint = coordinatorStart(s, i);
        if (joint < 0) {
            return false;
        }
        int numberEnd = spacesBack(s, joint);
        int numberStart = numberEnd;
        while (numberStart > 0 && (isDigit(s.charAt(numberStart - 1)) || s.charAt(numberStart - 1) == '.')) {
            numberStart--;
        }
        return isVersionNumber(s, numberStart, numberEnd);
    }

    /** Where the "and", "or", {@code &} or comma that ends at {@code end} starts, or -1. */
    private static int coordinatorStart(CharSequence s, int end) {
        char c = charAt(s, end - 1);
        if (c == ',' || c == '&') {
            return charAt(s, end) == ' ' ? end - 1 : -1;
        }
        int word = wordStartBefore(s, end);
        return word < end && isAnyOf(s, word, end, COORDINATORS) ? word : -1;
    }

    /**
     * Whether {@code s[from, to)} is a version: a dotted quad its neighbours name one, or a dotted
     * number of three or more parts that is no address ({@code 4.2.0}, {@code 2.0.1.300}).
     */
    private static boolean isVersionNumber(CharSequence s, int from, int to) {
        if (to - from < 3 || !isDigit(s.charAt(from)) || !isDigit(s.charAt(to - 1)) || isAlnum(charAt(s, from - 1))) {
            return false;
        }
        if (InetLiterals.parseIpv4(s, from, to) >= 0) {
            return namedByNeighbours(s, from, to);
        }
        int dots = 0;
        for (int i = from; i < to; i++) {
            dots += s.charAt(i) == '.' ? 1 : 0;
        }
        return dots >= 2;
    }

    /**
     * The version of a product token in a {@code User-Agent} or {@code Server} header (RFC 9110
     * section 10.1.5): a name starting with a capital before the slash ({@code Chrome/119.0.0.0}),
     * with a comment or another product beside it ({@code (KHTML, like Gecko) Chrome/119.0.0.0
     * Safari/537.36}). Host names before a slash ({@code localhost/127.0.0.1:9092}, as Java prints
     * an address) are lower case or dotted, and followed by a port.
     */
    private static boolean inProductToken(CharSequence s, int start, int end) {
        if (charAt(s, start - 1) != '/' || charAt(s, end) == ':') {
            return false;
        }
        int name = start - 1;
        while (name > 0 && start - name <= MAX_TOKEN && isNameChar(s.charAt(name - 1))) {
            name--;
        }
        if (name == start - 1
                || !Character.isUpperCase(s.charAt(name))
                || TOKEN_BEFORE.indexOf(charAt(s, name - 1)) < 0) {
            return false;
        }
        return productOrCommentAfter(s, end) || productOrCommentBefore(s, name);
    }

    private static boolean productOrCommentAfter(CharSequence s, int end) {
        if (charAt(s, end) != ' ') {
            return false;
        }
        int from = end;
        while (from < s.length() && s.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < s.length() && to - from <= MAX_TOKEN && s.charAt(to) != ' ' && s.charAt(to) != '\n') {
            to++;
        }
        return charAt(s, from) == '(' || isProduct(s, from, to);
    }

    private static boolean productOrCommentBefore(CharSequence s, int name) {
        if (charAt(s, name - 1) != ' ') {
            return false;
        }
        int to = spacesBack(s, name);
        int from = to;
        while (from > 0 && to - from <= MAX_TOKEN && s.charAt(from - 1) != ' ' && s.charAt(from - 1) != '\n') {
            from--;
        }
        return charAt(s, to - 1) == ')' || isProduct(s, from, to);
    }

    /** {@code Safari/537.36}: a name starting with a letter, a slash and a version starting with a digit. */
    private static boolean isProduct(CharSequence s, int from, int to) {
        if (from >= to || !isLetter(s.charAt(from))) {
            return false;
        }
        int i = from;
        while (i < to && isNameChar(s.charAt(i))) {
            i++;
        }
        return i + 1 < to && s.charAt(i) == '/' && isDigit(s.charAt(i + 1));
    }

    /**
     * The version of a Debian package named with its architecture, as apt and dpkg log it:
     * {@code alsa-topology-conf:amd64 (1.2.5.1-2, automatic)}, {@code installed libfoo:amd64 1.2.5.1-2}.
     */
    private static boolean afterDebianPackage(CharSequence s, int start) {
        int i = charAt(s, start - 1) == '(' ? start - 1 : start;
        int archEnd = spacesBack(s, i);
        if (archEnd == i) {
            return false;
        }
        int arch = archEnd;
        while (arch > 0 && archEnd - arch <= MAX_WORD && isAlnum(s.charAt(arch - 1))) {
            arch--;
        }
        return charAt(s, arch - 1) == ':' && isAlnum(charAt(s, arch - 2)) && isAnyOf(s, arch, archEnd, ARCHITECTURES);
    }

    /**
     * {@code name-1.2.3.4}, {@code 1.2.3.4-6} (a Debian revision), {@code 1.2.3.4-beta},
     * {@code 1.2.3.4.jar}, and Windows component names joined by {@code ~}.
     */
    private static boolean inPackageName(CharSequence s, int start, int end) {
        char before = charAt(s, start - 1);
        char after = charAt(s, end);
        char next = charAt(s, end + 1);
        return before == '~'
                || after == '~'
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
        return to > at
                && InetLiterals.parseIpv4(s, at, to) < 0
                && !isAlnum(charAt(s, to))
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

    /**
     * Back over spaces and backquotes before {@code i}, and over one line break: a change from one
     * version to another may be wrapped ({@code from 4.2.0 to} / {@code 4.7.3.0}).
     */
    private static int skipBack(CharSequence s, int i) {
        boolean wrapped = false;
        while (i > 0) {
            char c = s.charAt(i - 1);
            if (c == '\n' && !wrapped) {
                wrapped = true;
            } else if (c != ' ' && c != '`' && c != '\t' && c != '\r') {
                break;
            }
            i--;
        }
        return i;
    }

    /** As {@link #skipBack}, forward from {@code i}. */
    private static int skipForward(CharSequence s, int i) {
        boolean wrapped = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' && !wrapped) {
                wrapped = true;
            } else if (c != ' ' && c != '`' && c != '\t' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Back over the spaces before {@code i}, on the line. */
    private static int spacesBack(CharSequence s, int i) {
        while (i > 0 && s.charAt(i - 1) == ' ') {
            i--;
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

    /** A character of a product's name: {@code YaBrowser}, {@code Opera-Mini}, {@code Mobile_App}. */
    private static boolean isNameChar(char c) {
        return isAlnum(c) || c == '-' || c == '_';
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
