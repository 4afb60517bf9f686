package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.MatchPattern;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.detect.Shapes;
import io.piiscanner.core.validate.Base58Check;
import io.piiscanner.core.validate.Bech32;
import io.piiscanner.core.validate.Eip55;
import java.util.Locale;
import java.util.regex.MatchResult;

/**
 * Finds cryptocurrency addresses, each confirmed by its checksum where it has one:
 * <ul>
 *   <li>Bitcoin legacy P2PKH ({@code 1...}) and P2SH ({@code 3...}) addresses: Base58Check of a
 *       version byte 0 or 5 and a 20-byte hash;</li>
 *   <li>Bitcoin SegWit addresses ({@code bc1...}): Bech32 or Bech32m per BIP-173 / BIP-350;</li>
 *   <li>Ethereum addresses ({@code 0x} and 40 hex digits): mixed case must carry a valid EIP-55
 *       checksum; single-case addresses have none and score lower.</li>
 * </ul>
 */
public final class CryptoDetector extends DeclaredDetector {

    private static final double CHECKED_SCORE = 0.9;
    private static final double UNCHECKED_SCORE = 0.5;
    private static final int BASE58_GROUP = 1;
    private static final int BECH32_GROUP = 2;
    private static final int LEGACY_PAYLOAD = 21;
    private static final int P2PKH_VERSION = 0;
    private static final int P2SH_VERSION = 5;
    private static final String PATTERN = "(?<![A-Za-z0-9])(?:"
            + "([13][1-9A-HJ-NP-Za-km-z]{24,33}+)"
            + "|((?:bc|BC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}+)"
            + "|0x[0-9a-fA-F]{40})(?![A-Za-z0-9])";

    private static final CharClass BASE58 = CharClass.of(Base58Check.ALPHABET);

    public CryptoDetector() {
        super(DetectorDeclaration.detector("crypto", EntityTypes.CRYPTO)
                // Hand-written: its shape test (a whole run of the right alphabet and length), which
                // a derived start cannot make, rules out most long runs of logs (hex ids, tokens)
                // before the pattern runs. DetectorBenchmark, crypto, sparse: 234-248 MB/s against
                // 202-213 derived from inRunOf(ALNUM) (bench/README.md, issue 20).
                .pattern(MatchPattern.of(PATTERN, CHECKED_SCORE)
                        .handWrittenFastPath(
                                Gate.runs(CharClass.ALNUM, 11, 90),
                                MatchStart.of(CharClass.of("13bB0"), CharClass.ALNUM)
                                        .leadingLetters(2, 2)
                                        .lettersThenDigits()
                                        .where(CryptoDetector::shape)))
                .context("wallet", "eth", "ethereum", "address", "btc", "bitcoin", "crypto", "send", "deposit")
                .evaluator(CryptoDetector::evaluate)
                .normalize(CryptoDetector::normalizeAddress));
    }

    /**
     * {@code 1} or {@code 3} and 24 to 33 more Base58 characters (Base58), {@code bc1} or
     * {@code BC1} (Bech32), {@code 0x} and 40 hex digits (Ethereum), each a whole alphanumeric run
     * as the pattern's look-around demands. Hex ids and other long runs of a log start with these
     * characters too, and most fail here rather than in the pattern.
     */
    private static boolean shape(CharSequence s, int i, int to) {
        char c = s.charAt(i);
        if (c == '1' || c == '3') {
            int end = i + 1;
            while (end < to && end - i < 35 && BASE58.contains(s.charAt(end))) {
                end++;
            }
            return end - i >= 25 && end - i <= 34 && !Shapes.alnumAt(s, end);
        }
        if (c == '0') {
            return Shapes.charIn(s, i + 1, to, "x")
                    && Shapes.hexDigits(s, i + 2, to, 41) == 40
                    && !Shapes.alnumAt(s, i + 42);
        }
        return i + 3 <= to && (s.charAt(i + 1) == (c == 'b' ? 'c' : 'C')) && s.charAt(i + 2) == '1';
    }

    /** A checksummed address at {@code checked}, a single-case Ethereum one lower. */
    private static Candidate evaluate(ScanText text, MatchResult match, double checked) {
        String raw = text.text().substring(match.start(), match.end());
        if (match.start(BASE58_GROUP) >= 0) {
            byte[] payload = Base58Check.decode(raw);
            if (payload == null || payload.length != LEGACY_PAYLOAD) {
                return null;
            }
            int version = payload[0];
            boolean expected = raw.charAt(0) == '1' ? version == P2PKH_VERSION : version == P2SH_VERSION;
            return expected ? candidate(match, checked, raw.charAt(0) == '1' ? "btc-p2pkh" : "btc-p2sh") : null;
        }
        if (match.start(BECH32_GROUP) >= 0) {
            return Bech32.isSegwitAddress("bc", raw) ? candidate(match, checked, "btc-segwit") : null;
        }
        String hex = raw.substring(2);
        if (hasLower(hex) && hasUpper(hex)) {
            return Eip55.isValid(hex) ? candidate(match, checked, "eth") : null;
        }
        return candidate(match, UNCHECKED_SCORE, "eth");
    }

    /**
     * Base58 addresses are case-sensitive and kept as written; Bech32 and Ethereum addresses are
     * case-insensitive and lower-cased.
     */
    private static String normalizeAddress(CharSequence raw) {
        String s = raw.toString();
        boolean caseInsensitive = s.startsWith("0x") || s.regionMatches(true, 0, "bc1", 0, 3);
        return caseInsensitive ? s.toLowerCase(Locale.ROOT) : s;
    }

    private static Candidate candidate(MatchResult match, double score, String detail) {
        return new Candidate(match.start(), match.end(), score, detail);
    }

    private static boolean hasLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 'a' && s.charAt(i) <= 'f') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 'A' && s.charAt(i) <= 'F') {
                return true;
            }
        }
        return false;
    }
}
