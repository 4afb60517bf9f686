package io.piiscanner.core.validate;

/**
 * Strict syntactic parsing of IP address literals. Unlike {@link java.net.InetAddress#getByName},
 * it never resolves names, so it is safe on arbitrary text.
 */
public final class InetLiterals {

    private static final int IPV6_GROUPS = 8;

    private InetLiterals() {
    }

    /**
     * Parses a dotted-quad IPv4 address in {@code s[from, to)}: four decimal octets 0..255 without
     * leading zeros.
     *
     * @return the address as an unsigned 32-bit value, or -1 if the text is not one
     */
    public static long parseIpv4(CharSequence s, int from, int to) {
        long value = 0;
        int octets = 0;
        int i = from;
        while (octets < 4) {
            int start = i;
            int octet = 0;
            while (i < to && i - start < 3 && isDigit(s.charAt(i))) {
                octet = octet * 10 + (s.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || octet > 255 || (digits > 1 && s.charAt(start) == '0')) {
                return -1;
            }
            value = (value << 8) | octet;
            octets++;
            if (octets < 4) {
                if (i >= to || s.charAt(i) != '.') {
                    return -1;
                }
                i++;
            }
        }
        return i == to ? value : -1;
    }

    /**
     * Parses an IPv6 address in {@code s[from, to)}: eight groups of 1-4 hex digits, or fewer
     * with one {@code ::}, optionally ending in an embedded IPv4 address that counts as two
     * groups. Zone identifiers ({@code %eth0}) are not accepted.
     *
     * @return the eight 16-bit groups, or {@code null} if the text is not an IPv6 address
     */
    public static int[] parseIpv6(CharSequence s, int from, int to) {
        int[] groups = new int[IPV6_GROUPS];
        int count = 0;
        int gapAt = -1;
        int i = from;
        if (to - from >= 2 && s.charAt(i) == ':' && s.charAt(i + 1) == ':') {
            gapAt = 0;
            i += 2;
        }
        while (i < to) {
            int start = i;
            int value = 0;
            while (i < to && hexValue(s.charAt(i)) >= 0 && i - start < 5) {
                value = (value << 4) | hexValue(s.charAt(i));
                i++;
            }
            if (i < to && s.charAt(i) == '.') {
                long v4 = parseIpv4(s, start, to);
                if (v4 < 0 || count + 2 > IPV6_GROUPS) {
                    return null;
                }
                groups[count++] = (int) (v4 >>> 16);
                groups[count++] = (int) (v4 & 0xffff);
                i = to;
                break;
            }
            if (i == start || i - start > 4 || count == IPV6_GROUPS) {
                return null;
            }
            groups[count++] = value;
            if (i == to) {
                break;
            }
            if (s.charAt(i) != ':' || ++i == to) {
                return null;
            }
            if (s.charAt(i) == ':') {
                if (gapAt >= 0) {
                    return null;
                }
                gapAt = count;
                i++;
            }
        }
        if (gapAt < 0) {
            return count == IPV6_GROUPS ? groups : null;
        }
        if (count == IPV6_GROUPS) {
            return null;
        }
        int tail = count - gapAt;
        int[] out = new int[IPV6_GROUPS];
        System.arraycopy(groups, 0, out, 0, gapAt);
        System.arraycopy(groups, gapAt, out, IPV6_GROUPS - tail, tail);
        return out;
    }

    /**
     * Formats eight IPv6 groups in the canonical text form of RFC 5952: lower case, no leading
     * zeros, the longest run of two or more zero groups (the first of equals) written {@code ::}.
     */
    public static String formatIpv6(int[] groups) {
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < IPV6_GROUPS; ) {
            int j = i;
            while (j < IPV6_GROUPS && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < IPV6_GROUPS; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
