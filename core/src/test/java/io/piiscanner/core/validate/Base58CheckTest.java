package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base58CheckTest {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    @ParameterizedTest
    @CsvSource({
        // Real Bitcoin addresses (checked independently): version byte, then a 20-byte hash.
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2, 0",
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, 0",
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy, 5",
    })
    void decodesKnownAddresses(String address, int version) {
        byte[] payload = Base58Check.decode(address);
        assertThat(payload).hasSize(21);
        assertThat(payload[0]).isEqualTo((byte) version);
        assertThat(Base58Check.encode(payload)).isEqualTo(address);
    }

    @Test
    void rejectsBadChecksumAndCharacters() {
        assertThat(Base58Check.decode("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")).isNull();
        assertThat(Base58Check.decode("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN0")).isNull();
        assertThat(Base58Check.decode("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVNé")).isNull();
        assertThat(Base58Check.decode("")).isNull();
        assertThat(Base58Check.decode("1111")).isNull();
    }

    @Test
    void leadingZeroBytesBecomeOnes() {
        byte[] payload = new byte[21];
        String encoded = Base58Check.encode(payload);
        assertThat(encoded).startsWith("1".repeat(21));
        assertThat(Base58Check.decode(encoded)).isEqualTo(payload);
    }

    @Property
    void anyPayloadRoundTrips(@ForAll("payloads") byte[] payload) {
        assertThat(Base58Check.decode(Base58Check.encode(payload))).isEqualTo(payload);
    }

    @Property
    void anySingleSubstitutionIsDetected(
            @ForAll("payloads") byte[] payload,
            @ForAll @IntRange(max = 1000) int where,
            @ForAll("symbols") char replacement) {
        String encoded = Base58Check.encode(payload);
        int i = where % encoded.length();
        char original = encoded.charAt(i);
        char other = replacement != original
                ? replacement
                : ALPHABET.charAt((ALPHABET.indexOf(original) + 1) % ALPHABET.length());
        String corrupted = encoded.substring(0, i) + other + encoded.substring(i + 1);
        // A 32-bit checksum lets a random change through with probability 2^-32.
        assertThat(Base58Check.decode(corrupted)).isNull();
    }

    @Provide
    Arbitrary<byte[]> payloads() {
        return Arbitraries.bytes().array(byte[].class).ofSize(21);
    }

    @Provide
    Arbitrary<Character> symbols() {
        return Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c).toArray(Character[]::new));
    }
}
