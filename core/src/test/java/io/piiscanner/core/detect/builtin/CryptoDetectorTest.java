package io.piiscanner.core.detect.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.validate.Base58Check;
import io.piiscanner.core.validate.Bech32;
import io.piiscanner.core.validate.Eip55;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CryptoDetectorTest {

    private static final CryptoDetector DETECTOR = new CryptoDetector();
    private static final String P2PKH = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2";
    private static final String P2SH = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy";
    private static final String SEGWIT = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    private static final String TAPROOT = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0";
    /** The first example of EIP-55. */
    private static final String ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

    private static List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        DETECTOR.find(ScanText.of(text), out::add);
        return out;
    }

    @Test
    void vectorsAreValid() {
        assertThat(Base58Check.decode(P2PKH)[0]).isEqualTo((byte) 0);
        assertThat(Base58Check.decode(P2SH)[0]).isEqualTo((byte) 5);
        assertThat(Bech32.isSegwitAddress("bc", SEGWIT)).isTrue();
        assertThat(Bech32.isSegwitAddress("bc", TAPROOT)).isTrue();
        assertThat(Eip55.isValid(ETH.substring(2))).isTrue();
    }

    @Test
    void describesItself() {
        assertThat(DETECTOR.id()).isEqualTo("crypto");
        assertThat(DETECTOR.type()).isEqualTo(EntityTypes.CRYPTO);
        assertThat(DETECTOR.context().required()).isFalse();
        assertThat(DETECTOR.context().words()).contains("wallet", "bitcoin", "eth");
    }

    @ParameterizedTest
    @CsvSource({
        P2PKH + ", btc-p2pkh",
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, btc-p2pkh",
        P2SH + ", btc-p2sh",
        SEGWIT + ", btc-segwit",
        TAPROOT + ", btc-segwit",
        "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ, btc-segwit",
        ETH + ", eth",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359, eth",
    })
    void findsChecksummedAddresses(String address, String detail) {
        String text = "send to " + address + ".";
        assertThat(candidates(text)).containsExactly(new Candidate(8, 8 + address.length(), 0.9, detail));
        assertThat(candidates(address)).hasSize(1);
    }

    @Test
    void acceptsSingleCaseEthereumAddressesWithLowerScore() {
        String lower = ETH.toLowerCase(Locale.ROOT);
        String upper = "0x" + ETH.substring(2).toUpperCase(Locale.ROOT);
        assertThat(candidates(lower)).containsExactly(new Candidate(0, 42, 0.5, "eth"));
        assertThat(candidates(upper)).containsExactly(new Candidate(0, 42, 0.5, "eth"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Checksum broken by one character.
                "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3",
                "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz",
                "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
                // Mixed-case Bech32.
                "bc1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ",
                // Embedded in longer tokens, or a 64-hex transaction hash.
                "x1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
                "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2x",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00",
                "0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b",
                "a0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
                // Too short.
                "0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea",
            })
    void rejectsInvalidAddresses(String text) {
        assertThat(candidates(text)).isEmpty();
    }

    @Test
    void rejectsBase58WithTheWrongVersionForItsLeadingDigit() {
        byte[] payload = Base58Check.decode(P2PKH);
        payload[0] = 5;
        String p2shOfSameHash = Base58Check.encode(payload);
        assertThat(p2shOfSameHash).startsWith("3");
        assertThat(candidates(p2shOfSameHash)).hasSize(1);
        payload[0] = 111;
        String testnet = Base58Check.encode(payload);
        assertThat(testnet).doesNotStartWith("1").doesNotStartWith("3");
        assertThat(candidates(testnet)).isEmpty();
    }

    @Test
    void normalizesCaseInsensitiveFormsOnly() {
        assertThat(DETECTOR.normalize(ETH)).isEqualTo(ETH.toLowerCase(Locale.ROOT));
        assertThat(DETECTOR.normalize("BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ"))
                .isEqualTo(SEGWIT);
        assertThat(DETECTOR.normalize(P2PKH)).isEqualTo(P2PKH);
    }

    @Test
    void masksAllButLastFour() {
        assertThat(DETECTOR.mask(P2PKH)).isEqualTo("*".repeat(30) + "NVN2");
    }
}
