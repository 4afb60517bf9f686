package io.piiscanner.core.validate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Base58Check, the encoding of legacy Bitcoin addresses: Base58 text of a payload followed by the
 * first four bytes of its double SHA-256.
 */
public final class Base58Check {

    /** The 58 characters of Base58, in digit order: no {@code 0}, {@code O}, {@code I} or {@code l}. */
    public static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private static final int CHECKSUM_BYTES = 4;
    private static final byte[] DIGIT = new byte[128];

    static {
        Arrays.fill(DIGIT, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            DIGIT[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    private Base58Check() {}

    /**
     * Decodes {@code text} and verifies its checksum.
     *
     * @return the payload without its checksum, or {@code null} if {@code text} is not Base58 or
     *         its checksum does not match
     */
    public static byte[] decode(CharSequence text) {
        byte[] raw = decodeBase58(text);
        if (raw == null || raw.length < CHECKSUM_BYTES + 1) {
            return null;
        }
        byte[] payload = Arrays.copyOf(raw, raw.length - CHECKSUM_BYTES);
        byte[] check = doubleSha256(payload);
        for (int i = 0; i < CHECKSUM_BYTES; i++) {
            if (check[i] != raw[payload.length + i]) {
                return null;
            }
        }
        return payload;
    }

    /** Encodes {@code payload} followed by its checksum. */
    public static String encode(byte[] payload) {
        byte[] raw = Arrays.copyOf(payload, payload.length + CHECKSUM_BYTES);
        System.arraycopy(doubleSha256(payload), 0, raw, payload.length, CHECKSUM_BYTES);
        return encodeBase58(raw);
    }

    /** Plain Base58 decoding: each leading '1' is a zero byte, the rest a big-endian number. */
    private static byte[] decodeBase58(CharSequence text) {
        int n = text.length();
        // log(58) / log(256) is about 0.733, so this many bytes always hold the number.
        byte[] number = new byte[n * 733 / 1000 + 1];
        int used = 0;
        int zeros = 0;
        while (zeros < n && text.charAt(zeros) == '1') {
            zeros++;
        }
        for (int i = zeros; i < n; i++) {
            char c = text.charAt(i);
            int carry = c < 128 ? DIGIT[c] : -1;
            if (carry < 0) {
                return null;
            }
            int j = 0;
            for (int k = number.length - 1; k >= 0 && (carry != 0 || j < used); k--, j++) {
                carry += 58 * (number[k] & 0xff);
                number[k] = (byte) carry;
                carry >>>= 8;
            }
            used = j;
        }
        byte[] out = new byte[zeros + used];
        System.arraycopy(number, number.length - used, out, zeros, used);
        return out;
    }

    private static String encodeBase58(byte[] raw) {
        int zeros = 0;
        while (zeros < raw.length && raw[zeros] == 0) {
            zeros++;
        }
        // log(256) / log(58) is about 1.366.
        byte[] digits = new byte[raw.length * 138 / 100 + 1];
        int used = 0;
        for (int i = zeros; i < raw.length; i++) {
            int carry = raw[i] & 0xff;
            int j = 0;
            for (int k = digits.length - 1; k >= 0 && (carry != 0 || j < used); k--, j++) {
                carry += 256 * digits[k];
                digits[k] = (byte) (carry % 58);
                carry /= 58;
            }
            used = j;
        }
        StringBuilder out = new StringBuilder(zeros + used);
        for (int i = 0; i < zeros; i++) {
            out.append('1');
        }
        for (int k = digits.length - used; k < digits.length; k++) {
            out.append(ALPHABET.charAt(digits[k]));
        }
        return out.toString();
    }

    private static byte[] doubleSha256(byte[] data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return sha.digest(sha.digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
