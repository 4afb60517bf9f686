package io.piiscanner.core.corpus;

import io.piiscanner.core.detect.EntityTypes;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.datafaker.Faker;

/**
 * Draws customers from datafaker vocabulary in several locales, so that names carry non-ASCII
 * letters and offsets must be counted in bytes.
 *
 * <p>Datafaker takes tens of microseconds per value, which would dominate generation time, so
 * each locale's names, streets, cities and companies are drawn once into pools and combined
 * afterwards: 400 first names times 400 last names is variety enough.
 */
final class People {

    private static final List<Locale> LOCALES = List.of(
            Locale.US,
            Locale.GERMANY,
            Locale.FRANCE,
            Locale.forLanguageTag("es-ES"),
            Locale.forLanguageTag("pt-BR"),
            Locale.UK);
    private static final int[] LOCALE_WEIGHTS = {62, 10, 8, 8, 5, 7};
    private static final String[] FREEMAIL = {
        "gmail.com",
        "yahoo.com",
        "outlook.com",
        "hotmail.com",
        "icloud.com",
        "aol.com",
        "proton.me",
        "gmx.de",
        "web.de",
        "orange.fr",
        "yahoo.co.uk",
        "btinternet.com",
        "uol.com.br"
    };

    /** One locale's vocabulary. */
    private record Pool(
            List<String> first,
            List<String> last,
            List<String> companies,
            List<String> streets,
            List<String> cities,
            List<String> domains) {}

    private final Dice dice;
    private final List<Pool> pools;
    private final List<String> products;
    private final List<String> userAgents;

    People(Dice dice) {
        this.dice = dice;
        // Each faker is seeded from the generator's random, so the seed decides every word.
        this.pools = LOCALES.stream()
                .map(l -> pool(new Faker(l, new Random(dice.random().nextLong()))))
                .toList();
        Faker en = new Faker(Locale.US, new Random(dice.random().nextLong()));
        this.products = draw(100, () -> en.commerce().productName());
        // User agents keep their digits: version numbers are part of what logs look like.
        this.userAgents =
                Stream.generate(() -> en.internet().userAgent()).limit(60).toList();
    }

    private static Pool pool(Faker f) {
        return new Pool(
                draw(400, () -> f.name().firstName()),
                draw(400, () -> f.name().lastName()),
                draw(150, () -> f.company().name()),
                draw(150, () -> f.address().streetName()),
                draw(150, () -> f.address().city()),
                draw(100, () -> f.internet().domainName()));
    }

    private static List<String> draw(int n, Supplier<String> source) {
        return Stream.generate(source)
                .limit(n)
                .map(People::clean)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    Person next() {
        Pool pool = pools.get(dice.weighted(LOCALE_WEIGHTS));
        String first = dice.pick(pool.first());
        String last = dice.pick(pool.last());
        String street = dice.between(1, 9999) + " " + dice.pick(pool.streets());
        LocalDate birth = LocalDate.of(dice.between(1940, 2005), 1, 1).plusDays(dice.between(0, 364));
        return new Person(
                first,
                last,
                email(first, last, pool),
                dice.pick(pool.companies()),
                street,
                dice.pick(pool.cities()),
                dice.digits(5),
                birth);
    }

    /** A company name in the default locale. */
    String company() {
        return dice.pick(pools.get(0).companies());
    }

    String product() {
        return dice.pick(products);
    }

    String userAgent() {
        return dice.pick(userAgents);
    }

    /**
     * An email address as people pick them: name-based local part at a free-mail or a company
     * domain. Accents are stripped because mailbox names are ASCII in practice.
     */
    private Value email(String first, String last, Pool pool) {
        String fn = asciiName(first);
        String ln = asciiName(last);
        if (fn.isEmpty()) {
            fn = "info";
        }
        if (ln.isEmpty()) {
            ln = "mail";
        }
        String local = switch (dice.weighted(30, 15, 10, 10, 8, 5)) {
            case 0 -> fn + "." + ln;
            case 1 -> fn.charAt(0) + ln;
            case 2 -> fn + ln + dice.between(1, 99);
            case 3 -> fn + "_" + ln;
            case 4 -> fn + "." + ln + "+" + dice.pick("billing", "bank", "shop", "news");
            default -> ln + "." + fn.charAt(0) + dice.between(1940, 2005);
        };
        boolean work = dice.chance(0.35);
        String domain = work ? asciiName(dice.pick(pool.domains())) : dice.pick(FREEMAIL);
        return new Value(EntityTypes.EMAIL_ADDRESS, local + "@" + domain, work ? "work" : "freemail");
    }

    /** Lower-case ASCII letters, digits, dots and hyphens of a name, accents removed. */
    static String asciiName(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "");
    }

    /** Removes digits and the characters that break single-line formats from faker text. */
    static String clean(String s) {
        return s.replaceAll("[0-9\\t\\r\\n]", "").replaceAll(" {2,}", " ").trim();
    }
}
