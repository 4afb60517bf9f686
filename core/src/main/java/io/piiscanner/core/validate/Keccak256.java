package io.piiscanner.core.validate;

/**
 * Keccak-256 as used by Ethereum. It is the original Keccak submission, which differs from the
 * standardised SHA3-256 (available in the JDK) only in the padding's domain bits, so the JDK
 * cannot compute it.
 */
public final class Keccak256 {

    /** Domain padding of original Keccak; FIPS 202 SHA-3 uses 0x06. */
    static final byte KECCAK_PADDING = 0x01;

    private static final int RATE = 136;
    private static final int DIGEST_BYTES = 32;

    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    /** Rotation of each lane visited by the rho-pi walk, and the lane visited. */
    private static final int[] ROTATION = {
        1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44,
    };

    private static final int[] PI_LANE = {
        10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1,
    };

    private Keccak256() {}

    /** The 32-byte Keccak-256 digest of {@code input}. */
    public static byte[] hash(byte[] input) {
        return sponge(input, KECCAK_PADDING);
    }

    /** Keccak[c=512] with 256 bits of output and the given domain padding byte. */
    static byte[] sponge(byte[] input, byte padding) {
        long[] state = new long[25];
        int offset = 0;
        for (; input.length - offset >= RATE; offset += RATE) {
            absorb(state, input, offset, RATE);
            permute(state);
        }
        byte[] last = new byte[RATE];
        int remaining = input.length - offset;
        System.arraycopy(input, offset, last, 0, remaining);
        last[remaining] ^= padding;
        last[RATE - 1] ^= (byte) 0x80;
        absorb(state, last, 0, RATE);
        permute(state);
        byte[] out = new byte[DIGEST_BYTES];
        for (int i = 0; i < DIGEST_BYTES; i++) {
            out[i] = (byte) (state[i >>> 3] >>> (8 * (i & 7)));
        }
        return out;
    }

    /** XORs a block into the state; lanes are little-endian. */
    private static void absorb(long[] state, byte[] block, int offset, int length) {
        for (int i = 0; i < length; i++) {
            state[i >>> 3] ^= (block[offset + i] & 0xffL) << (8 * (i & 7));
        }
    }

    /** Keccak-f[1600]: 24 rounds of theta, rho, pi, chi and iota. */
    private static void permute(long[] a) {
        long[] c = new long[5];
        for (long roundConstant : ROUND_CONSTANTS) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[y + x] ^= d;
                }
            }
            long carried = a[1];
            for (int i = 0; i < 24; i++) {
                int lane = PI_LANE[i];
                long next = a[lane];
                a[lane] = Long.rotateLeft(carried, ROTATION[i]);
                carried = next;
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    c[x] = a[y + x];
                }
                for (int x = 0; x < 5; x++) {
                    a[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]);
                }
            }
            a[0] ^= roundConstant;
        }
    }
}
