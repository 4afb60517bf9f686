package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchPattern;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.detect.Shapes;
import io.piiscanner.core.validate.AddressClass;
import io.piiscanner.core.validate.InetLiterals;
import java.util.Arrays;
import java.util.regex.MatchResult;

/**
 * Finds IPv4 dotted quads and IPv6 addresses (full, {@code ::}-compressed and IPv4-embedded), and
 * reports the class of each in its detail ({@code ipv4 private}, {@code ipv6 link-local}, see
 * {@link AddressClass}). Addresses that name no host ({@code 0.0.0.0}, {@code ::}, netmasks such
 * as {@code 255.255.255.0}) are not reported.
 *
 * <p>An IPv4 address must not be part of a longer dotted-number sequence, which would be a
 * version number or OID, nor read as a version by its neighbours ({@link VersionContext}). An
 * IPv6-shaped token is parsed strictly and must look like an address rather than a name with
 * colons: a digit, a group of three or more hex digits (or an embedded IPv4 address), at least two
 * groups beside a {@code ::}, and not a field of a colon-separated record such as an
 * {@code /etc/passwd} line. That and the group-count rule keep times ({@code 12:30:45}), MAC
 * addresses ({@code 00:1a:2b:3c:4d:5e}), {@code RFC 2822::} and {@code std::vector} out.
 */
public final class IpAddressDetector extends DeclaredDetector {

    private static final double IPV4_SCORE = 0.6;
    private static final double IPV6_SCORE = 0.8;
    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    /**
     * IPv6 first, so an embedded IPv4 tail is read as part of its IPv6 address. An IPv6 token
     * may follow "ip:" but not a hex digit and colon, which would put its start inside a longer
     * colon-separated token. It starts with a group and a colon or with {@code ::}, and holds a
     * {@code ::} or six colons (the test of {@link #ipv6At}, which must hold for every match):
     * a colon token that cannot be an address, such as {@code :0:192.168.1.20} or
     * {@code 1:2:3:10.0.0.1}, is then not matched at all, and the IPv4 address at its end is.
     */
    private static final String PATTERN =
            "(?<![\\w.]|[0-9A-Fa-f:]:)(?=[0-9A-Fa-f]{0,4}+:)(?=[0-9A-Fa-f.:]*?::|(?:[0-9A-Fa-f.]*+:){6})"
                    + "(?<v6>[0-9A-Fa-f]{0,4}+(?::[0-9A-Fa-f]{0,4}+){2,8}+(?:\\.\\d{1,3}+){0,3}+)"
                    + "(?![\\w:]|\\.\\d)"
                    + "|(?<!\\w|\\d\\.)(?<v4>" + OCTET + "(?:\\." + OCTET + "){3})(?!\\w|\\.\\d)";

    private static final String MASKED_OCTETS = "***.***.***.";
    /** Every address holds one: IPv4 its dots, IPv6 its colons. */
    private static final CharClass DOT_OR_COLON = CharClass.of(".:");
    /** An address starts with a hex digit, or a colon as in {@code ::1}; never with a dot. */
    private static final CharClass HEX_OR_COLON = CharClass.of("0123456789abcdefABCDEF:");
    /** A finding's detail by address class, such as {@code ipv4 private}: made once, not per finding. */
    private static final String[] IPV4_DETAILS = details("ipv4");

    private static final String[] IPV6_DETAILS = details("ipv6");
    /** The capturing group of the IPv4 alternative ({@code MatchResult.start(String)} needs Java 20). */
    private static final int IPV4_GROUP = 2;

    /**
     * The runs of address characters that hold a dot or colon, and of those only the ones that
     * hold three dots, a double colon or six colons, as every address does: most runs of address
     * characters in logs are clock times, with two colons and a dot.
     */
    private static final Gate GATE =
            Gate.runsHolding(CharClass.IP_LITERAL, DOT_OR_COLON, 5, 100).narrowedTo(IpAddressDetector::mayHoldAddress);

    public IpAddressDetector() {
        super(DetectorDeclaration.detector("ip-address", EntityTypes.IP_ADDRESS)
                // Hand-written: no gate can be derived (an address need not be a whole run of its
                // characters), and the narrowed runs with the shape test leave the pattern little to
                // try. DetectorBenchmark, ip-address, sparse, at load 11-14: 35-49 MB/s against
                // 10-11 derived, which runs everywhere (bench/README.md, issue 20).
                .pattern(MatchPattern.of(PATTERN, IPV4_SCORE)
                        .handWrittenFastPath(
                                GATE,
                                MatchStart.of(HEX_OR_COLON, CharClass.WORD)
                                        .leadingLetters(1, 4)
                                        .leadingDigits(1, 4)
                                        .where(IpAddressDetector::shape)))
                .context("ip", "address", "host", "client", "server", "remote", "src", "dst", "from")
                .negative("version", "ver", "v.", "rv") // rv: the Gecko version in user agents
                .evaluator(IpAddressDetector::evaluate)
                .mask(IpAddressDetector::maskAddress)
                .normalize(IpAddressDetector::normalizeAddress));
    }

    private static String[] details(String family) {
        return Arrays.stream(AddressClass.values())
                .map(c -> family + " " + c.label())
                .toArray(String[]::new);
    }

    /** Four dotted groups of 1-3 digits, or an IPv6 shape (see {@link #ipv6At}). */
    private static boolean shape(CharSequence s, int i, int to) {
        return ipv4At(s, i, to) || ipv6At(s, i, to);
    }

    private static boolean ipv4At(CharSequence s, int i, int to) {
        int at = i;
        for (int group = 0; group < 4; group++) {
            int digits = Shapes.digits(s, at, to);
            if (digits < 1 || digits > 3) {
                return false;
            }
            at += digits;
            if (group < 3) {
                if (!Shapes.charIn(s, at, to, ".")) {
                    return false;
                }
                at++;
            }
        }
        return true;
    }

    /**
     * Up to four hex digits and a colon, and in the address characters that follow a {@code ::}
     * or at least six colons: an IPv6 address without {@code ::} has eight groups, or six and an
     * IPv4 tail. Rules out clock times such as {@code 08:05:21}, the commonest near-miss.
     */
    private static boolean ipv6At(CharSequence s, int i, int to) {
        if (!Shapes.charIn(s, i + Shapes.hexDigits(s, i, to, 4), to, ":")) {
            return false;
        }
        int colons = 0;
        char prev = 0;
        for (int j = i; j < to; j++) {
            char c = s.charAt(j);
            if (c == ':') {
                if (prev == ':') {
                    return true;
                }
                colons++;
            } else if (!CharClass.IP_LITERAL.contains(c)) {
                break;
            }
            prev = c;
        }
        return colons >= 6;
    }

    /** Whether the run holds three dots, a double colon or six colons. */
    private static boolean mayHoldAddress(CharSequence s, int from, int to) {
        int dots = 0;
        int colons = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c == ':') {
                if (i > from && s.charAt(i - 1) == ':') {
                    return true;
                }
                colons++;
            }
        }
        return dots >= 3 || colons >= 6;
    }

    /** The address class of a host address in its detail, at its family's score; null for others. */
    private static Candidate evaluate(ScanText text, MatchResult match, double ipv4Score) {
        String s = text.text();
        int start = match.start();
        int end = match.end();
        if (match.start(IPV4_GROUP) >= 0) {
            AddressClass kind = InetLiterals.classifyIpv4(InetLiterals.parseIpv4(s, start, end));
            if (!kind.isHost() || VersionContext.isVersion(s, start, end)) {
                return null;
            }
            return new Candidate(start, end, ipv4Score, IPV4_DETAILS[kind.ordinal()]);
        }
        int[] groups = InetLiterals.parseIpv6(s, start, end);
        if (groups == null || !looksLikeAddress(s, start, end) || inColonRecord(s, start)) {
            return null;
        }
        AddressClass kind = InetLiterals.classifyIpv6(groups);
        return kind.isHost() ? new Candidate(start, end, IPV6_SCORE, IPV6_DETAILS[kind.ordinal()]) : null;
    }

    /**
     * Whether a syntactically valid IPv6 token reads as an address rather than hex words joined
     * by colons ({@code ab::cd:ef}, {@code fd::17}, {@code RFC 2822::}) or a MAC-style identifier
     * ({@code 00:1a:2b:3c:4d:5e:6f:70}): it holds a digit, a group of three or more hex digits or
     * an embedded IPv4 address, and when compressed at least two groups.
     */
    private static boolean looksLikeAddress(String s, int start, int end) {
        boolean digit = false;
        boolean longGroup = false;
        boolean compressed = false;
        int groups = 0;
        int run = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                return true;
            }
            if (c == ':') {
                compressed |= i > start && s.charAt(i - 1) == ':';
                run = 0;
                continue;
            }
            digit |= Shapes.isDigit(c);
            groups += run == 0 ? 1 : 0;
            longGroup |= ++run >= 3;
        }
        return digit && longGroup && (!compressed || groups >= 2);
    }

    /**
     * Whether the token is a field of a record of colon-separated fields, two or more of which
     * come before it, as in {@code alice:x:1000:1000::/home/alice}; one label before it
     * ({@code ip:2001:db8::1}) is fine.
     */
    private static boolean inColonRecord(String s, int start) {
        if (start == 0 || s.charAt(start - 1) != ':') {
            return false;
        }
        int i = start - 1;
        while (i > 0 && CharClass.WORD.contains(s.charAt(i - 1))) {
            i--;
        }
        return i > 0 && s.charAt(i - 1) == ':';
    }

    /** IPv4 keeps only its last octet ({@code ***.***.***.17}); IPv6 only its last group. */
    private static String maskAddress(CharSequence raw) {
        String s = raw.toString();
        int colon = s.lastIndexOf(':');
        String tail = s.substring(colon + 1);
        if (tail.indexOf('.') >= 0) {
            tail = MASKED_OCTETS + tail.substring(tail.lastIndexOf('.') + 1);
        }
        return colon < 0 ? tail : Masks.all(s.substring(0, colon + 1)) + tail;
    }

    /** IPv6 in its RFC 5952 canonical form, so spellings of one address fingerprint alike. */
    private static String normalizeAddress(CharSequence raw) {
        int[] groups = raw.toString().indexOf(':') < 0 ? null : InetLiterals.parseIpv6(raw, 0, raw.length());
        return groups == null ? raw.toString() : InetLiterals.formatIpv6(groups);
    }
}
