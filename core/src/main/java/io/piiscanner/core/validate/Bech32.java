package io.piiscanner.core.validate;

import java.util.Arrays;
import java.util.Locale;

/**
 * Bech32 (BIP-173) and Bech32m (BIP-350), the checksummed encodings of SegWit Bitcoin addresses.
 * A string is a human-readable part, the separator {@code 1}, and 5-bit data symbols ending in a
 * six-symbol BCH checksum that detects any error in up to four characters.
 */
public final class Bech32 {

    /** The two checksum variants; they differ only in the constant the checksum is XORed with. */
    public enum Encoding {
        BECH32(1),
        BECH32M(0x2bc830a3);

        private final int constant;

        Encoding(int constant) {
            this.constant = constant;
        }
    }

    /**
     * A decoded string.
     *
     * @param hrp      the human-readable part, lower case
     * @param data     the 5-bit symbols between the separator and the checksum
     * @param encoding the variant whose checksum matched
     */
    public record Decoded(String hrp, byte[] data, Encoding encoding) {}

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int CHECKSUM_SYMBOLS = 6;
    private static final int MAX_LENGTH = 90;
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final byte[] SYMBOL = new byte[128];

    static {
        Arrays.fill(SYMBOL, (byte) -1);
        for (int i = 0; i < CHARSET.length(); i++) {
            SYMBOL[CHARSET.charAt(i)] = (byte) i;
            SYMBOL[Character.toUpperCase(CHARSET.charAt(i))] = (byte) i;
        }
    }

    private Bech32() {}

    /**
     * Decodes a Bech32 or Bech32m string.
     *
     * @return the decoded parts, or {@code null} if the syntax or checksum is wrong (including
     *         mixed upper and lower case)
     */
    public static Decoded decode(CharSequence text) {
        int n = text.length();
        if (n > MAX_LENGTH) {
            return null;
        }
        boolean lower = false;
        boolean upper = false;
        int separator = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 33 || c > 126) {
                return null;
            }
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
            if (c == '1') {
                separator = i;
            }
        }
        if ((lower && upper) || separator < 1 || separator + 1 + CHECKSUM_SYMBOLS > n) {
            return null;
        }
        String hrp = text.subSequence(0, separator).toString().toLowerCase(Locale.ROOT);
        byte[] symbols = new byte[n - separator - 1];
        for (int i = 0; i < symbols.length; i++) {
            symbols[i] = SYMBOL[text.charAt(separator + 1 + i)];
            if (symbols[i] < 0) {
                return null;
            }
        }
        int check = polymod(hrp, symbols, symbols.length);
        for (Encoding e : Encoding.values()) {
            if (check == e.constant) {
                return new Decoded(hrp, Arrays.copyOf(symbols, symbols.length - CHECKSUM_SYMBOLS), e);
            }
        }
        return null;
    }

    /** Encodes 5-bit {@code data} under the lower-case {@code hrp} with a checksum of {@code encoding}. */
    public static String encode(String hrp, byte[] data, Encoding encoding) {
        byte[] symbols = Arrays.copyOf(data, data.length + CHECKSUM_SYMBOLS);
        int check = polymod(hrp, symbols, symbols.length) ^ encoding.constant;
        for (int i = 0; i < CHECKSUM_SYMBOLS; i++) {
            symbols[data.length + i] = (byte) ((check >>> (5 * (CHECKSUM_SYMBOLS - 1 - i))) & 31);
        }
        StringBuilder out =
                new StringBuilder(hrp.length() + 1 + symbols.length).append(hrp).append('1');
        for (byte s : symbols) {
            out.append(CHARSET.charAt(s));
        }
        return out.toString();
    }

    /**
     * Returns whether {@code text} is a SegWit address for {@code hrp} ({@code bc} for Bitcoin):
     * a valid checksum, a witness version 0..16, a program of 2..40 bytes (20 or 32 for version
     * 0), Bech32 for version 0 and Bech32m for later versions.
     */
    public static boolean isSegwitAddress(String hrp, CharSequence text) {
        Decoded d = decode(text);
        if (d == null || !d.hrp().equals(hrp) || d.data().length < 1) {
            return false;
        }
        int version = d.data()[0];
        byte[] program = regroup5to8(d.data());
        if (version > 16 || program == null || program.length < 2 || program.length > 40) {
            return false;
        }
        if (version == 0) {
            return d.encoding() == Encoding.BECH32 && (program.length == 20 || program.length == 32);
        }
        return d.encoding() == Encoding.BECH32M;
    }

    /** Packs the 5-bit symbols after the version into bytes; the padding must be under 5 zero bits. */
    private static byte[] regroup5to8(byte[] data) {
        byte[] out = new byte[(data.length - 1) * 5 / 8];
        int acc = 0;
        int bits = 0;
        int k = 0;
        for (int i = 1; i < data.length; i++) {
            acc = (acc << 5) | data[i];
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[k++] = (byte) (acc >>> bits);
            }
        }
        boolean cleanPadding = bits < 5 && (acc & ((1 << bits) - 1)) == 0;
        return cleanPadding ? out : null;
    }

    /** The BCH checksum over the expanded hrp and the first {@code n} symbols. */
    private static int polymod(String hrp, byte[] symbols, int n) {
        int chk = 1;
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) >>> 5);
        }
        chk = step(chk, 0);
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) & 31);
        }
        for (int i = 0; i < n; i++) {
            chk = step(chk, symbols[i]);
        }
        return chk;
    }

    private static int step(int chk, int value) {
        int top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                chk ^= GENERATOR[i];
            }
        }
        return chk;
    }
}
