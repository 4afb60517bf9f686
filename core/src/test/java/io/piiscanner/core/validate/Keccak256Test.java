package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Keccak256Test {

    private static final byte SHA3_PADDING = 0x06;

    @ParameterizedTest
    @CsvSource({
        "'', c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
        "abc, 4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
        "The quick brown fox jumps over the lazy dog, 4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15",
    })
    void knownVectors(String input, String digest) {
        byte[] hash = Keccak256.hash(input.getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(hash)).isEqualTo(digest);
    }

    /**
     * The JDK's SHA3-256 is the same sponge with another padding byte, so it checks the
     * permutation and the block handling on inputs of every size, including block edges.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 135, 136, 137, 271, 272, 273, 1000})
    void spongeMatchesJdkSha3AtBlockEdges(int length) throws Exception {
        byte[] input = new byte[length];
        for (int i = 0; i < length; i++) {
            input[i] = (byte) (i * 31 + 7);
        }
        assertThat(Keccak256.sponge(input, SHA3_PADDING)).isEqualTo(sha3(input));
    }

    @Property
    void spongeMatchesJdkSha3(@ForAll @Size(max = 600) byte[] input) throws Exception {
        assertThat(Keccak256.sponge(input, SHA3_PADDING)).isEqualTo(sha3(input));
    }

    @Test
    void keccakDiffersFromSha3() throws Exception {
        assertThat(Keccak256.hash(new byte[0])).isNotEqualTo(sha3(new byte[0]));
    }

    private static byte[] sha3(byte[] input) throws Exception {
        return MessageDigest.getInstance("SHA3-256").digest(input);
    }
}
