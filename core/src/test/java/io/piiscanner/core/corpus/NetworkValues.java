package io.piiscanner.core.corpus;

import io.piiscanner.core.detect.EntityTypes;
import java.util.Locale;

/** IPv4 and IPv6 addresses as logs and exports write them, and MAC addresses as decoys. */
final class NetworkValues {

    private final Dice dice;

    NetworkValues(Dice dice) {
        this.dice = dice;
    }

    /** An IPv4 address most of the time, IPv6 otherwise. */
    Value ip() {
        return dice.chance(0.8) ? ipv4() : ipv6();
    }

    /**
     * A public, private or documentation-range IPv4 address. Never 0.x (not a host) nor the
     * broadcast address.
     */
    Value ipv4() {
        int kind = dice.weighted(60, 12, 6, 10, 6, 6);
        String text = switch (kind) {
            case 0 ->
                publicFirstOctet() + "." + dice.between(0, 255) + "." + dice.between(0, 255) + "."
                        + dice.between(1, 254);
            case 1 -> "10." + dice.between(0, 255) + "." + dice.between(0, 255) + "." + dice.between(1, 254);
            case 2 -> "172." + dice.between(16, 31) + "." + dice.between(0, 255) + "." + dice.between(1, 254);
            case 3 -> "192.168." + dice.between(0, 255) + "." + dice.between(1, 254);
            case 4 -> "203.0.113." + dice.between(1, 254);
            default -> "198.51.100." + dice.between(1, 254);
        };
        String[] names = {"ipv4 public", "ipv4 10/8", "ipv4 172.16/12", "ipv4 192.168/16", "ipv4 doc", "ipv4 doc"};
        return new Value(EntityTypes.IP_ADDRESS, text, names[kind]);
    }

    /** An IPv6 address: compressed (most common in logs), full, or link-local. */
    Value ipv6() {
        int[] groups = new int[8];
        int kind = dice.weighted(55, 25, 20);
        if (kind == 2) {
            groups[0] = 0xfe80;
        } else {
            groups[0] = dice.pick(
                    0x2001, 0x2a00 + dice.between(0, 15), 0x2600 + dice.between(0, 15), 0x2400 + dice.between(0, 15));
            groups[1] = groups[0] == 0x2001 ? 0xdb8 : dice.between(1, 0xffff);
            groups[2] = dice.between(0, 0xffff);
            groups[3] = dice.between(0, 0xffff);
        }
        for (int i = 4; i < 8; i++) {
            groups[i] = dice.between(0, 0xffff);
        }
        if (kind == 0) {
            // Real addresses have runs of zero groups (subnets, small interface ids).
            int from = dice.between(2, 5);
            int to = Math.min(7, from + dice.between(1, 3));
            for (int i = from; i < to; i++) {
                groups[i] = 0;
            }
            return new Value(EntityTypes.IP_ADDRESS, compressed(groups), "ipv6 compressed");
        }
        if (kind == 1) {
            boolean padded = dice.chance(0.5);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                b.append(i == 0 ? "" : ":")
                        .append(
                                padded
                                        ? String.format(Locale.ROOT, "%04x", groups[i])
                                        : Integer.toHexString(groups[i]));
            }
            return new Value(EntityTypes.IP_ADDRESS, b.toString(), padded ? "ipv6 full padded" : "ipv6 full");
        }
        return new Value(EntityTypes.IP_ADDRESS, compressed(groups), "ipv6 link-local");
    }

    /** A MAC address such as {@code 3c:22:fb:0a:91:7e}: colon-separated hex, but not an IP. */
    String mac() {
        char sep = dice.pick(':', '-');
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append(i == 0 ? "" : String.valueOf(sep)).append(dice.hex(2));
        }
        return dice.chance(0.3) ? b.toString().toUpperCase(Locale.ROOT) : b.toString();
    }

    private int publicFirstOctet() {
        while (true) {
            int o = dice.between(1, 223);
            if (o != 10 && o != 127 && o != 172 && o != 192) {
                return o;
            }
        }
    }

    /** RFC 5952 text: lower case, no leading zeros, the longest run of two or more zero groups as ::. */
    static String compressed(int[] groups) {
        int bestFrom = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestFrom = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestFrom) {
                b.append("::");
                i += bestLen - 1;
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
                b.append(':');
            }
            b.append(Integer.toHexString(groups[i]));
        }
        return b.toString();
    }
}
