package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.validate.Bech32.Encoding;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class Bech32Test {

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    /** A version 0 P2WPKH address. */
    private static final String V0 = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    /** The version 1 (Taproot) mainnet example of BIP-350. */
    private static final String V1 = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0";

    @Test
    void decodesKnownAddresses() {
        Bech32.Decoded v0 = Bech32.decode(V0);
        assertThat(v0.hrp()).isEqualTo("bc");
        assertThat(v0.encoding()).isEqualTo(Encoding.BECH32);
        assertThat(v0.data()[0]).isZero();
        assertThat(Bech32.decode(V1).encoding()).isEqualTo(Encoding.BECH32M);
        assertThat(Bech32.decode(V1).data()[0]).isEqualTo((byte) 1);
    }

    @Test
    void segwitAddressRules() {
        assertThat(Bech32.isSegwitAddress("bc", V0)).isTrue();
        assertThat(Bech32.isSegwitAddress("bc", V0.toUpperCase(Locale.ROOT))).isTrue();
        assertThat(Bech32.isSegwitAddress("bc", V1)).isTrue();
        assertThat(Bech32.isSegwitAddress("tb", V0)).isFalse();
        // Mixed case is invalid even though each case alone is valid.
        assertThat(Bech32.isSegwitAddress("bc", "BC1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"))
                .isFalse();
    }

    @Test
    void versionMustMatchChecksumVariant() {
        byte[] program = new byte[33];
        program[0] = 0;
        for (int i = 1; i < program.length; i++) {
            program[i] = (byte) (i % 32);
        }
        // 32 symbols of 5 bits after the version: a 20-byte program.
        assertThat(Bech32.isSegwitAddress("bc", Bech32.encode("bc", program, Encoding.BECH32)))
                .isTrue();
        assertThat(Bech32.isSegwitAddress("bc", Bech32.encode("bc", program, Encoding.BECH32M)))
                .isFalse();
        program[0] = 1;
        assertThat(Bech32.isSegwitAddress("bc", Bech32.encode("bc", program, Encoding.BECH32M)))
                .isTrue();
        assertThat(Bech32.isSegwitAddress("bc", Bech32.encode("bc", program, Encoding.BECH32)))
                .isFalse();
    }

    @Test
    void rejectsMalformedStrings() {
        assertThat(Bech32.decode("bc1")).isNull();
        assertThat(Bech32.decode("1qqqqqq")).isNull();
        assertThat(Bech32.decode("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdb")).isNull();
        assertThat(Bech32.decode("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdo")).isNull();
        assertThat(Bech32.decode("bc1" + "q".repeat(90))).isNull();
    }

    @Property
    void roundTrips(@ForAll("symbols") byte[] data, @ForAll boolean modern) {
        Encoding encoding = modern ? Encoding.BECH32M : Encoding.BECH32;
        Bech32.Decoded decoded = Bech32.decode(Bech32.encode("bc", data, encoding));
        assertThat(decoded.hrp()).isEqualTo("bc");
        assertThat(decoded.data()).isEqualTo(data);
        assertThat(decoded.encoding()).isEqualTo(encoding);
    }

    @Property
    void anySingleSubstitutionIsDetected(
            @ForAll("symbols") byte[] data,
            @ForAll @IntRange(max = 1000) int where,
            @ForAll @IntRange(min = 1, max = 31) int delta) {
        String encoded = Bech32.encode("bc", data, Encoding.BECH32);
        // Change one symbol after the separator; BCH codes detect any error in up to four.
        int i = 3 + where % (encoded.length() - 3);
        char other = CHARSET.charAt((CHARSET.indexOf(encoded.charAt(i)) + delta) % 32);
        String corrupted = encoded.substring(0, i) + other + encoded.substring(i + 1);
        assertThat(Bech32.decode(corrupted)).isNull();
    }

    @Provide
    Arbitrary<byte[]> symbols() {
        return Arbitraries.bytes()
                .between((byte) 0, (byte) 31)
                .array(byte[].class)
                .ofMinSize(0)
                .ofMaxSize(60);
    }
}
