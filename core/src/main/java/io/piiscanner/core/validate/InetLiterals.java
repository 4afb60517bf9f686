package io.piiscanner.core.validate;

/**
 * Strict syntactic parsing of IP address literals. Unlike {@link java.net.InetAddress#getByName},
 * it never resolves names, so it is safe on arbitrary text.
 */
public final class InetLiterals {

    private static final int IPV6_GROUPS = 8;

    private InetLiterals() {}

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

    /** The class of an IPv4 address given as an unsigned 32-bit value (see {@link #parseIpv4}). */
    public static AddressClass classifyIpv4(long address) {
        int a = (int) (address >>> 24);
        int b = (int) (address >>> 16) & 0xff;
        int c = (int) (address >>> 8) & 0xff;
        if (a == 0) {
            return address == 0 ? AddressClass.UNSPECIFIED : AddressClass.THIS_NETWORK;
        }
        if (a == 10 || (a == 172 && b >= 16 && b < 32) || (a == 192 && b == 168)) {
            return AddressClass.PRIVATE;
        }
        if (a == 100 && b >= 64 && b < 128) {
            return AddressClass.SHARED;
        }
        if (a == 127) {
            return AddressClass.LOOPBACK;
        }
        if (a == 169 && b == 254) {
            return AddressClass.LINK_LOCAL;
        }
        if ((a == 192 && b == 0 && c == 2) || (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113)) {
            return AddressClass.DOCUMENTATION;
        }
        if (a >= 224) {
            return a < 240 ? AddressClass.MULTICAST : AddressClass.RESERVED;
        }
        return AddressClass.PUBLIC;
    }

    /**
     * The class of an IPv6 address given as its eight groups (see {@link #parseIpv6}); an
     * IPv4-mapped address ({@code ::ffff:192.168.1.1}) has the class of its IPv4 address.
     */
    public static AddressClass classifyIpv6(int[] groups) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 5; i++) {
            zeroPrefix &= groups[i] == 0;
        }
        if (zeroPrefix && groups[5] == 0xffff) {
            return classifyIpv4((long) groups[6] << 16 | groups[7]);
        }
        if (zeroPrefix && groups[5] == 0 && groups[6] == 0 && groups[7] <= 1) {
            return groups[7] == 0 ? AddressClass.UNSPECIFIED : AddressClass.LOOPBACK;
        }
        int first = groups[0];
        if ((first & 0xffc0) == 0xfe80) {
            return AddressClass.LINK_LOCAL;
        }
        if ((first & 0xfe00) == 0xfc00) {
            return AddressClass.PRIVATE;
        }
        if ((first == 0x2001 && groups[1] == 0xdb8) || (first == 0x3fff && groups[1] < 0x1000)) {
            return AddressClass.DOCUMENTATION;
        }
        if ((first & 0xff00) == 0xff00) {
            return AddressClass.MULTICAST;
        }
        return AddressClass.PUBLIC;
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
