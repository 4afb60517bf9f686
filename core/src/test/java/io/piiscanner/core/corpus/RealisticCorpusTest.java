package io.piiscanner.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.validate.AbaRouting;
import io.piiscanner.core.validate.Base58Check;
import io.piiscanner.core.validate.Bech32;
import io.piiscanner.core.validate.CardIssuers;
import io.piiscanner.core.validate.Eip55;
import io.piiscanner.core.validate.Iban;
import io.piiscanner.core.validate.InetLiterals;
import io.piiscanner.core.validate.Luhn;
import io.piiscanner.core.validate.UsItin;
import io.piiscanner.core.validate.UsSsn;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the realistic corpus what its README says: small, made of both parts, every type labelled
 * in the sentences, and every label a value its type's own rules accept, checked with the
 * scanner's validators and libphonenumber, so that a miss is a detector's and not the corpus's.
 */
class RealisticCorpusTest {

    /** The regions whose national numbers count as phone numbers (issue 14's default list). */
    static final List<String> PHONE_REGIONS = List.of("US", "GB", "DE", "IL", "IN", "CA", "BR");

    private static final long MAX_BYTES = 1_500_000;
    private static final int MIN_LABELS_PER_TYPE = 10;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final List<DateTimeFormatter> DATES = Stream.of(
                    "MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd", "MMMM d, yyyy", "d MMMM yyyy", "dd.MM.yyyy", "MMM d, yyyy")
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH))
            .toList();

    private static List<Document> corpus;

    @BeforeAll
    static void load() {
        corpus = RealisticCorpus.load();
    }

    @Test
    void corpusIsSmallAndHasBothParts() {
        assertThat(corpus.stream().mapToLong(d -> d.content().length).sum()).isLessThan(MAX_BYTES);
        assertThat(corpus)
                .anySatisfy(d -> assertThat(RealisticCorpus.isSentences(d)).isTrue());
        assertThat(corpus)
                .filteredOn(d -> !RealisticCorpus.isSentences(d))
                .extracting(d -> d.name().split("/")[0])
                .contains("logs", "code", "docs");
    }

    @Test
    void everyTypeIsLabelledInTheSentences() {
        Map<String, Long> counts = planted()
                .filter(p -> p.document().startsWith(RealisticCorpus.SENTENCES + "/"))
                .collect(Collectors.groupingBy(Planted::type, Collectors.counting()));
        assertThat(RealisticScores.TYPES)
                .allSatisfy(t -> assertThat(counts.getOrDefault(t, 0L))
                        .as("%s labels in the sentences", t)
                        .isGreaterThanOrEqualTo(MIN_LABELS_PER_TYPE));
    }

    @Test
    void labelsAreValidValuesOfTheirType() {
        assertValid(EntityTypes.CREDIT_CARD, RealisticCorpusTest::validCard);
        assertValid(EntityTypes.US_SSN, t -> t.matches("\\d{3}([- .]?)\\d{2}\\1\\d{4}") && UsSsn.isValid(digits(t)));
        assertValid(EntityTypes.US_ITIN, t -> t.matches("\\d{3}([- ]?)\\d{2}\\1\\d{4}") && UsItin.isValid(digits(t)));
        assertValid(EntityTypes.PHONE_NUMBER, RealisticCorpusTest::validPhone);
        assertValid(EntityTypes.IBAN_CODE, t -> Iban.isValid(t.replace(" ", "")));
        assertValid(EntityTypes.ABA_ROUTING_NUMBER, AbaRouting::isValid);
        assertValid(EntityTypes.US_BANK_NUMBER, t -> t.matches("\\d{8,17}"));
        assertValid(
                EntityTypes.EMAIL_ADDRESS,
                t -> t.replace("%40", "@")
                        .matches("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
        assertValid(EntityTypes.IP_ADDRESS, RealisticCorpusTest::validIp);
        assertValid(EntityTypes.AWS_ACCESS_KEY, t -> t.matches("(AKIA|ASIA)[A-Z2-7]{16}"));
        assertValid(EntityTypes.AWS_SECRET_KEY, t -> t.matches("[A-Za-z0-9/+]{40}"));
        assertValid(EntityTypes.CRYPTO, RealisticCorpusTest::validCrypto);
        assertValid(EntityTypes.US_PASSPORT, t -> t.matches("\\d{9}|[A-Z]\\d{8}"));
        assertValid(
                EntityTypes.US_DRIVER_LICENSE,
                t -> t.matches("[A-Z]{0,3}\\d+(-\\d+)*") && digits(t).length() >= 6);
        assertValid(EntityTypes.DATE_OF_BIRTH, RealisticCorpusTest::validDate);
    }

    @Test
    void decoysNamedInIssue14AreInTheCorpusUnlabelled() {
        String all = corpus.stream()
                .map(d -> new String(d.content(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("\n"));
        assertThat(all)
                .contains(
                        "Git 1.7.12.4",
                        "4.2.0 to 4.7.3.0",
                        "section 4.20.7.1",
                        "dash 0.5.10.2-6",
                        "$Revision: 1.2.3.4",
                        "vendortag:1.1.1.1",
                        "Package_for_KB2570947~31bf3856ad364e35~amd64~~6.1.1.0",
                        "RFC 2822::",
                        "--add::",
                        "alice:x:1000:1000::/home/alice",
                        "fetch fd::17",
                        "\"ab::cd:ef\"",
                        "<20140304174806.GA11561@sigill.intra.peff.net>",
                        "https://user@sub.example.com",
                        "Suite 680 36 4022 Oakridge Lane",
                        "Checking iCDP status for DSID 874161398",
                        "081109 2",
                        "V AudioManager",
                        "1 2 3 4 5 6 7 8 9 10");
        assertThat(planted()).noneSatisfy(p -> assertThat(p.text()).isIn("1.7.12.4", "874161398", "0.0.0.0", "::"));
    }

    private static Stream<Planted> planted() {
        return corpus.stream().flatMap(d -> d.planted().stream());
    }

    private static void assertValid(String type, Predicate<String> valid) {
        List<Planted> labels = planted().filter(p -> p.type().equals(type)).toList();
        assertThat(labels).as("%s labels", type).isNotEmpty();
        assertThat(labels)
                .as("%s labels that are not valid values", type)
                .filteredOn(p -> !valid.test(p.text()))
                .isEmpty();
    }

    /**
     * Luhn and an issuer's range: the brands the scanner knows, and the 15-digit JCB numbers with
     * the 1800 and 2131 prefixes that issue 14 says it misses.
     */
    private static boolean validCard(String text) {
        String d = digits(text);
        boolean jcb15 = d.length() == 15 && (d.startsWith("1800") || d.startsWith("2131"));
        return text.matches("\\d+([ -]\\d+)*") && Luhn.isValid(d) && (jcb15 || CardIssuers.brand(d) != null);
    }

    /** Valid as written internationally, or as a national number of one of the default regions. */
    private static boolean validPhone(String text) {
        String number = text.startsWith("00") ? "+" + text.substring(2) : text;
        List<String> regions = number.startsWith("+") ? List.of("ZZ") : PHONE_REGIONS;
        return regions.stream().anyMatch(region -> {
            try {
                return PHONES.isValidNumber(PHONES.parse(number, region));
            } catch (NumberParseException e) {
                return false;
            }
        });
    }

    /** An address literal that identifies a host: neither 0.0.0.0 nor ::. */
    private static boolean validIp(String text) {
        long v4 = InetLiterals.parseIpv4(text, 0, text.length());
        if (v4 >= 0) {
            return v4 != 0;
        }
        int[] v6 = InetLiterals.parseIpv6(text, 0, text.length());
        return v6 != null && Arrays.stream(v6).anyMatch(g -> g != 0);
    }

    private static boolean validCrypto(String text) {
        if (text.startsWith("0x")) {
            return Eip55.isValid(text.substring(2));
        }
        if (text.startsWith("bc1")) {
            return Bech32.isSegwitAddress("bc", text);
        }
        byte[] payload = Base58Check.decode(text);
        return payload != null && payload.length == 21 && (payload[0] == 0 || payload[0] == 5);
    }

    private static boolean validDate(String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                LocalDate.parse(text, f);
                return true;
            } catch (DateTimeParseException e) {
                // the next format may fit
            }
        }
        return false;
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9]", "");
    }
}
