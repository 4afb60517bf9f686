package io.piiscanner.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.validate.AbaRouting;
import io.piiscanner.core.validate.CardIssuers;
import io.piiscanner.core.validate.Iban;
import io.piiscanner.core.validate.Luhn;
import io.piiscanner.core.validate.UsItin;
import io.piiscanner.core.validate.UsSsn;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the corpus against the scanner's own validators (an independent implementation of the
 * same rules), so that a planted value a detector misses is a detector bug, not a corpus bug.
 */
class CorpusGeneratorTest {

    private static final long SEED = 42L;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static List<Document> corpus;

    @BeforeAll
    static void generate() {
        corpus = new CorpusGenerator(SEED).generate(1_500_000);
    }

    @Test
    void sameSeedGivesSameDocuments() {
        CorpusGenerator a = new CorpusGenerator(7);
        CorpusGenerator b = new CorpusGenerator(7);
        for (DocumentKind kind : DocumentKind.values()) {
            Document x = a.document(kind, "x", 20_000);
            Document y = b.document(kind, "x", 20_000);
            assertThat(x.content()).as(kind.name()).isEqualTo(y.content());
            assertThat(x.planted()).isEqualTo(y.planted());
            assertThat(x.decoys()).isEqualTo(y.decoys());
        }
        assertThat(new CorpusGenerator(8)
                        .document(DocumentKind.APP_LOG, "x", 20_000)
                        .content())
                .isNotEqualTo(new CorpusGenerator(7)
                        .document(DocumentKind.APP_LOG, "x", 20_000)
                        .content());
    }

    @Test
    void corpusHasRequestedSizeEveryKindEveryTypeAndEveryDecoy() {
        long bytes = corpus.stream().mapToLong(d -> d.content().length).sum();
        assertThat(bytes).isBetween(1_500_000L, 1_700_000L);
        assertThat(corpus.stream().map(Document::format).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        InputFormat.TEXT, InputFormat.CSV, InputFormat.TSV, InputFormat.JSON, InputFormat.NDJSON);
        assertThat(planted().map(Planted::type).collect(Collectors.toSet()))
                .contains(
                        EntityTypes.CREDIT_CARD,
                        EntityTypes.US_SSN,
                        EntityTypes.US_ITIN,
                        EntityTypes.EMAIL_ADDRESS,
                        EntityTypes.PHONE_NUMBER,
                        EntityTypes.IP_ADDRESS,
                        EntityTypes.IBAN_CODE,
                        EntityTypes.ABA_ROUTING_NUMBER,
                        EntityTypes.US_BANK_NUMBER,
                        EntityTypes.AWS_ACCESS_KEY,
                        EntityTypes.AWS_SECRET_KEY,
                        EntityTypes.DATE_OF_BIRTH);
        Set<DecoyKind> kinds = corpus.stream()
                .flatMap(d -> d.decoys().stream())
                .map(Decoy::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DecoyKind.class)));
        assertThat(kinds).containsExactlyInAnyOrder(DecoyKind.values());
    }

    @Test
    void spansAreUtf8ByteOffsetsOfTheirTextAndDoNotOverlap() {
        boolean sawNonAscii = false;
        for (Document doc : corpus) {
            record Span(long start, long end, String text) {}
            List<Span> spans = Stream.concat(
                            doc.planted().stream().map(p -> new Span(p.start(), p.end(), p.text())),
                            doc.decoys().stream().map(d -> new Span(d.start(), d.end(), d.text())))
                    .sorted((x, y) -> Long.compare(x.start(), y.start()))
                    .toList();
            long previousEnd = 0;
            for (Span s : spans) {
                String actual =
                        new String(doc.content(), (int) s.start(), (int) (s.end() - s.start()), StandardCharsets.UTF_8);
                assertThat(actual).as("%s@%d", doc.name(), s.start()).isEqualTo(s.text());
                assertThat(s.start())
                        .as("%s@%d overlaps the span before", doc.name(), s.start())
                        .isGreaterThanOrEqualTo(previousEnd);
                previousEnd = s.end();
            }
            byte[] c = doc.content();
            sawNonAscii |= !doc.planted().isEmpty()
                    && hasNonAscii(
                            c, (int) doc.planted().get(doc.planted().size() - 1).start());
        }
        assertThat(sawNonAscii)
                .as("names with non-ASCII letters before planted values")
                .isTrue();
    }

    @Test
    void cardsHaveIssuerPrefixesAndLuhnCheckDigits() {
        assertAll(
                EntityTypes.CREDIT_CARD,
                p -> p.text().matches("[0-9 -]+")
                        && Luhn.isValid(digits(p.text()))
                        && CardIssuers.brand(digits(p.text())) != null);
        assertThat(planted()
                        .filter(type(EntityTypes.CREDIT_CARD))
                        .map(p -> p.variant().split("-")[0])
                        .distinct())
                .contains("visa", "mastercard", "amex", "discover", "diners", "jcb", "unionpay", "maestro");
    }

    @Test
    void ssnsAndItinsFollowIssuingRulesAndBareSsnsHaveALabel() {
        assertAll(
                EntityTypes.US_SSN,
                p -> UsSsn.isValid(digits(p.text()))
                        && (p.text().matches("\\d{3}-\\d{2}-\\d{4}") || p.text().matches("\\d{9}")));
        assertAll(EntityTypes.US_ITIN, p -> UsItin.isValid(digits(p.text())));
        assertLabelled(EntityTypes.US_SSN, p -> p.text().matches("\\d{9}"), "ssn", "social security");
    }

    @Test
    void phoneNumbersAreValidAndBareOnesHaveALabel() {
        assertAll(EntityTypes.PHONE_NUMBER, p -> validPhone(p.text()));
        assertLabelled(EntityTypes.PHONE_NUMBER, p -> p.text().matches("\\d{10}"), "phone", "tel");
    }

    @Test
    void ibansVerifyAndRoutingNumbersVerifyAndHaveALabel() {
        assertAll(EntityTypes.IBAN_CODE, p -> Iban.isValid(p.text().replace(" ", "")));
        assertAll(EntityTypes.ABA_ROUTING_NUMBER, p -> AbaRouting.isValid(p.text()));
        assertLabelled(EntityTypes.ABA_ROUTING_NUMBER, p -> true, "routing");
    }

    @Test
    void emailsIpsAndAwsKeysAreWellFormed() {
        assertAll(EntityTypes.EMAIL_ADDRESS, p -> p.text().matches("[a-z0-9._+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+"));
        assertAll(EntityTypes.AWS_ACCESS_KEY, p -> p.text().matches("(AKIA|ASIA)[A-Z2-7]{16}"));
        assertAll(EntityTypes.IP_ADDRESS, p -> validIp(p.text()));
        assertThat(planted().filter(type(EntityTypes.IP_ADDRESS)).map(Planted::variant))
                .contains("ipv6 compressed", "ipv6 full", "ipv6 link-local", "ipv4 public");
    }

    @Test
    void decoysFailTheCheckOfTheTypeTheyResemble() {
        assertDecoys(DecoyKind.BAD_LUHN_CARD, t -> !Luhn.isValid(digits(t)));
        assertDecoys(DecoyKind.NO_ISSUER_LUHN, t -> Luhn.isValid(digits(t)) && CardIssuers.brand(digits(t)) == null);
        assertDecoys(DecoyKind.RESERVED_SSN, t -> !UsSsn.isValid(digits(t)) && !UsItin.isValid(digits(t)));
        assertDecoys(
                DecoyKind.BAD_IBAN,
                t -> !Iban.isValid(t.replace(" ", ""))
                        && Iban.length(t) == t.replace(" ", "").length());
        assertDecoys(DecoyKind.BAD_ABA, t -> t.matches("\\d{9}") && !AbaRouting.isValid(t));
        assertDecoys(DecoyKind.AKIA_WRONG_LENGTH, t -> t.startsWith("AKIA") && t.length() != 20);
    }

    @Test
    void structuredDocumentsParse() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Document doc : corpus) {
            String text = new String(doc.content(), StandardCharsets.UTF_8);
            switch (doc.format()) {
                case JSON ->
                    assertThat(json.readTree(text).get("payments").isArray()).isTrue();
                case NDJSON -> {
                    for (String line : text.split("\n")) {
                        JsonNode event = json.readTree(line);
                        assertThat(event.get("event").isTextual()).as(line).isTrue();
                    }
                }
                case CSV, TSV -> {
                    List<List<CsvRecords.Field>> records =
                            CsvRecords.parse(doc.content(), (byte) (doc.format() == InputFormat.TSV ? '\t' : ','));
                    int columns = records.get(0).size();
                    assertThat(records)
                            .as(doc.name())
                            .allSatisfy(r -> assertThat(r).hasSize(columns));
                }
                case TEXT -> assertThat(text).doesNotContain("\t");
                default -> throw new AssertionError("the corpus writes no " + doc.format());
            }
        }
    }

    @Test
    void writeToWritesDocumentsAndGroundTruth(@TempDir Path dir) throws IOException {
        new CorpusGenerator(SEED).writeTo(dir, 200_000);
        List<Document> expected = new CorpusGenerator(SEED).generate(200_000);
        ObjectMapper json = new ObjectMapper();
        List<Planted> planted = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("ground-truth.jsonl"))) {
            JsonNode n = json.readTree(line);
            planted.add(new Planted(
                    n.get("document").asText(),
                    n.get("type").asText(),
                    n.get("start").asLong(),
                    n.get("end").asLong(),
                    null,
                    n.get("variant").asText()));
        }
        assertThat(planted)
                .isEqualTo(expected.stream()
                        .flatMap(d -> d.planted().stream())
                        .map(p -> new Planted(p.document(), p.type(), p.start(), p.end(), null, p.variant()))
                        .toList());
        assertThat(Files.readAllLines(dir.resolve("decoys.jsonl")))
                .hasSize(expected.stream().mapToInt(d -> d.decoys().size()).sum());
        for (Document doc : expected) {
            assertThat(Files.readAllBytes(dir.resolve(doc.name())))
                    .as(doc.name())
                    .isEqualTo(doc.content());
        }
    }

    @Test
    void parsesSizesWithUnits() {
        assertThat(CorpusGenerator.parseSize("500M")).isEqualTo(500L << 20);
        assertThat(CorpusGenerator.parseSize("2g")).isEqualTo(2L << 30);
        assertThat(CorpusGenerator.parseSize("1234")).isEqualTo(1234L);
    }

    private static Stream<Planted> planted() {
        return corpus.stream().flatMap(d -> d.planted().stream());
    }

    private static Predicate<Planted> type(String type) {
        return p -> p.type().equals(type);
    }

    private static void assertAll(String type, Predicate<Planted> valid) {
        List<Planted> values = planted().filter(type(type)).toList();
        assertThat(values).as(type).isNotEmpty();
        assertThat(values.stream().filter(valid.negate()).limit(10).toList())
                .as("invalid %s values", type)
                .isEmpty();
    }

    private static void assertDecoys(DecoyKind kind, Predicate<String> check) {
        List<String> texts = corpus.stream()
                .flatMap(d -> d.decoys().stream())
                .filter(d -> d.kind() == kind)
                .map(Decoy::text)
                .toList();
        assertThat(texts).as(kind.name()).isNotEmpty();
        assertThat(texts.stream().filter(check.negate()).limit(10).toList())
                .as("decoys of kind %s", kind)
                .isEmpty();
    }

    /** Every planted value of {@code type} matching {@code which} has one of the words in its label. */
    private static void assertLabelled(String type, Predicate<Planted> which, String... words) {
        long checked = 0;
        for (Document doc : corpus) {
            Labels labels = new Labels(doc);
            for (Planted p : doc.planted()) {
                if (p.type().equals(type) && which.test(p)) {
                    String label = labels.of(p.start());
                    assertThat(Arrays.stream(words).anyMatch(label::contains))
                            .as("label '%s' of %s in %s@%d", label, p.text(), doc.name(), p.start())
                            .isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).as("labelled %s values checked", type).isPositive();
    }

    private static boolean validPhone(String text) {
        try {
            return PHONES.isValidNumber(PHONES.parse(text, "US"));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static boolean validIp(String text) {
        if (text.contains(":")) {
            try {
                return InetAddress.getByName(text).getAddress().length == 16;
            } catch (UnknownHostException e) {
                return false;
            }
        }
        String[] octets = text.split("\\.");
        return octets.length == 4
                && !octets[0].equals("0")
                && !text.equals("255.255.255.255")
                && Arrays.stream(octets).allMatch(o -> o.matches("0|[1-9]\\d{0,2}") && Integer.parseInt(o) <= 255);
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9]", "");
    }

    private static boolean hasNonAscii(byte[] content, int before) {
        for (int i = 0; i < before; i++) {
            if (content[i] < 0) {
                return true;
            }
        }
        return false;
    }
}
