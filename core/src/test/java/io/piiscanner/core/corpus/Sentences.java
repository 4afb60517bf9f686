package io.piiscanner.core.corpus;

import io.piiscanner.core.detect.EntityTypes;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Sentences that support agents and customers write: with personal data in them, with
 * look-alike numbers, or neither. Shared by CRM notes, tickets, event payloads and log messages.
 */
final class Sentences {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private static final String[] FILLER = {
        "Thanks for getting back to me so quickly.",
        "I have been a customer for years and this has never happened before.",
        "The app kept showing a spinner and then logged me out.",
        "Could you please look into this as soon as possible?",
        "Your chat assistant could not help, so I am writing here.",
        "I already tried clearing the cache and reinstalling the app.",
        "Let me know if you need anything else from my side.",
        "This is the second time I am contacting you about the same issue.",
        "My bank says the money left my account, so it must be on your side.",
        "Please do not close this ticket until the refund shows up.",
        "Escalated to the payments team, waiting for their answer.",
        "Customer was polite but frustrated, offered a goodwill credit.",
        "Verified the account holder with the usual security questions.",
        "Closed as resolved after the customer confirmed by email.",
        "The statement shows the merchant name as \"ACME*ONLINE STORE\", which confused the customer.",
        "Reviewed the last three months of activity, nothing else looks suspicious.",
    };

    private final Generators g;

    Sentences(Generators g) {
        this.g = g;
    }

    /** A sentence without personal data. */
    String filler() {
        return g.dice.chance(0.75)
                ? g.dice.pick(FILLER)
                : "The order contained " + withArticle(g.people.product().toLowerCase(Locale.ROOT)) + " from "
                        + g.people.company() + ".";
    }

    /** A sentence with personal data or a look-alike, as found in tickets and CRM notes. */
    Parts withData(Person p) {
        Dice d = g.dice;
        long t = g.decoys.anyTime();
        return switch (d.weighted(12, 8, 6, 5, 4, 7, 6, 6, 5, 4, 4, 3, 4, 3, 3, 3, 3, 3, 3, 2, 3, 3, 2)) {
            case 0 ->
                new Parts()
                        .t("Please refund card ")
                        .v(g.cards.next())
                        .t(", the charge of ")
                        .d(DecoyKind.PRICE, g.decoys.price())
                        .t(" on order ")
                        .d(DecoyKind.ORDER_ID, g.decoys.orderId(t))
                        .t(" was a duplicate.");
            case 1 ->
                new Parts()
                        .t("The payment with my card ")
                        .v(g.cards.next())
                        .t(" was declined twice, please call me back at ")
                        .v(g.phones.next())
                        .t(".");
            case 2 -> new Parts().t("I changed my email to ").v(p.email()).t(", please update your records.");
            case 3 -> new Parts().t("My SSN is ").v(g.ids.ssn()).t(" if you need it for the tax form.");
            case 4 ->
                new Parts()
                        .t("Verified identity with social security number ")
                        .v(g.ids.ssn(d.chance(0.4)))
                        .t(" and date of birth ")
                        .v(dob(p))
                        .t(".");
            case 5 ->
                new Parts()
                        .t("Please wire the refund to IBAN ")
                        .v(g.banks.iban())
                        .t(" instead.");
            case 6 ->
                new Parts()
                        .t("For the direct deposit: routing number ")
                        .v(g.banks.aba())
                        .t(", account ")
                        .v(g.banks.account())
                        .t(".");
            case 7 ->
                new Parts()
                        .t("Fraud team flagged a login from ")
                        .v(g.net.ip())
                        .t(" at ")
                        .d(DecoyKind.TIMESTAMP, g.decoys.isoTimestamp(t))
                        .t(".");
            case 8 ->
                new Parts()
                        .t("You can reach me at ")
                        .v(g.phones.next())
                        .t(" or ")
                        .v(p.email())
                        .t(".");
            case 9 ->
                new Parts()
                        .t("Customer said \"I never authorized ")
                        .d(DecoyKind.PRICE, g.decoys.price())
                        .t("\", disputing the charge.");
            case 10 ->
                new Parts()
                        .t("Gift card ")
                        .d(DecoyKind.NO_ISSUER_LUHN, g.cards.noIssuer())
                        .t(" was applied to order ")
                        .d(DecoyKind.ORDER_ID, g.decoys.orderId(t))
                        .t(".");
            case 11 ->
                new Parts()
                        .t("Card ")
                        .d(DecoyKind.BAD_LUHN_CARD, g.cards.badLuhn())
                        .t(" was rejected as invalid, customer will re-enter it.");
            case 12 -> new Parts().t("Tax ID (ITIN) ").v(g.ids.itin()).t(" provided with the W-8BEN.");
            case 13 ->
                new Parts()
                        .t("Statement shows card ending ")
                        .d(DecoyKind.MASKED_CARD, g.cards.masked())
                        .t(", customer does not recognise it.");
            case 14 ->
                new Parts()
                        .t("The form rejected SSN ")
                        .d(DecoyKind.RESERVED_SSN, g.ids.reservedSsn())
                        .t(" as invalid.");
            case 15 ->
                new Parts()
                        .t("IBAN ")
                        .d(DecoyKind.BAD_IBAN, g.banks.badIban())
                        .t(" failed validation, asked the customer to double-check.");
            case 16 ->
                new Parts()
                        .t("Case ref ")
                        .d(DecoyKind.BAD_ABA, g.banks.badAba())
                        .t(" escalated to tier 2.");
            case 17 ->
                new Parts()
                        .t("Customer pasted an access key ")
                        .v(g.aws.accessKey())
                        .t(" into the chat; the key was revoked.");
            case 18 -> new Parts().t("Best number to call: ").v(g.phones.us()).t(" (after 5pm).");
            case 19 -> new Parts().t("Tel ").v(g.phones.usBare()).t(", mobile preferred.");
            case 20 ->
                new Parts()
                        .t("Invoice ")
                        .d(DecoyKind.ORDER_ID, g.decoys.orderId(t))
                        .t(" for ")
                        .d(DecoyKind.PRICE, g.decoys.price())
                        .t(" was paid on ")
                        .d(DecoyKind.TIMESTAMP, isoDate(t))
                        .t(".");
            case 21 ->
                new Parts()
                        .t("Charged ")
                        .d(DecoyKind.PRICE, g.decoys.price())
                        .t(" to ")
                        .v(g.cards.next())
                        .t(" for ")
                        .d(DecoyKind.ORDER_ID, g.decoys.orderId(t))
                        .t(".");
            default ->
                new Parts()
                        .t("App version ")
                        .d(DecoyKind.VERSION, g.decoys.version())
                        .t(" crashes on the payment screen.");
        };
    }

    /** A short CRM note: often plain, sometimes with a quote, a comma or a line break. */
    Parts note(Person p) {
        Dice d = g.dice;
        int kind = d.weighted(6, 3, 2, 2);
        return switch (kind) {
            case 0 -> withData(p);
            case 1 -> new Parts().t(filler());
            case 2 ->
                new Parts()
                        .t("Prefers \"" + d.pick("email", "phone", "SMS", "letter") + "\", VIP, ")
                        .t(d.pick("do not call before 9am", "speaks Spanish", "account under review"))
                        .t(".");
            default -> new Parts().add(withData(p)).t("\n").t(filler());
        };
    }

    /** A date of birth in one of the ways forms write it. */
    Value dob(Person p) {
        LocalDate b = p.birthDate();
        return switch (g.dice.between(0, 2)) {
            case 0 -> new Value(EntityTypes.DATE_OF_BIRTH, b.toString(), "iso");
            case 1 -> new Value(EntityTypes.DATE_OF_BIRTH, b.format(US_DATE), "us");
            default -> new Value(EntityTypes.DATE_OF_BIRTH, b.format(LONG_DATE), "long");
        };
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private String isoDate(long epochSecond) {
        return g.decoys.isoTimestamp(epochSecond).substring(0, 10);
    }
}
