package io.piiscanner.core.validate;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * EIP-55, the mixed-case checksum of Ethereum addresses: each hex letter is upper case exactly
 * when the matching nibble of the Keccak-256 of the lower-case address is 8 or more.
 */
public final class Eip55 {

    private static final int HEX_DIGITS = 40;

    private Eip55() {}

    /**
     * Returns whether {@code hex} (the 40 hex digits of an address, without {@code 0x}) has the
     * letter case EIP-55 prescribes. An address written in one case carries no checksum, so
     * callers should tell that case apart before asking.
     */
    public static boolean isValid(CharSequence hex) {
        if (hex.length() != HEX_DIGITS) {
            return false;
        }
        String lower = hex.toString().toLowerCase(Locale.ROOT);
        byte[] hash = Keccak256.hash(lower.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < HEX_DIGITS; i++) {
            char c = hex.charAt(i);
            int nibble = (hash[i >>> 1] >>> ((i & 1) == 0 ? 4 : 0)) & 0xf;
            boolean isDigit = c >= '0' && c <= '9';
            boolean isUpper = c >= 'A' && c <= 'F';
            boolean isLower = c >= 'a' && c <= 'f';
            if (!isDigit && !isUpper && !isLower) {
                return false;
            }
            if ((isUpper && nibble < 8) || (isLower && nibble >= 8)) {
                return false;
            }
        }
        return true;
    }
}
