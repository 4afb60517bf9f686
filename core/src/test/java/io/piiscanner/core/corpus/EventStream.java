package io.piiscanner.core.corpus;

import io.piiscanner.core.detect.EntityTypes;
import java.util.Locale;

/**
 * API and audit events, one JSON object per line, with personal data nested in objects the way
 * payment and identity APIs return it.
 */
final class EventStream {

    private final Generators g;
    private final Sentences sentences;

    EventStream(Generators g) {
        this.g = g;
        this.sentences = new Sentences(g);
    }

    void write(DocumentBuilder doc, int approxBytes) {
        while (doc.size() < approxBytes) {
            JsonWriter json = new JsonWriter(doc, false);
            event(json);
            doc.text("\n");
        }
    }

    private void event(JsonWriter json) {
        long t = g.decoys.tick(120);
        Person p = g.people.next();
        json.beginObject();
        switch (g.dice.weighted(28, 7, 14, 10, 10, 10, 8, 8, 5)) {
            case 0 -> payment(json, "payment", t, p);
            case 1 -> refund(json, t, p);
            case 2 -> login(json, t, p);
            case 3 -> payout(json, t, p);
            case 4 -> achTransfer(json, t, p);
            case 5 -> kycCheck(json, t, p);
            case 6 -> profileUpdate(json, t, p);
            case 7 -> apiKeyCreated(json, t, p);
            default -> deploy(json, t);
        }
        json.endObject();
    }

    private void header(JsonWriter json, String event, long t) {
        json.field("event", event);
        json.decoy("id", DecoyKind.UUID, g.decoys.uuid());
        if (g.dice.chance(0.7)) {
            json.decoy("ts", DecoyKind.TIMESTAMP, g.decoys.isoTimestamp(t));
        } else {
            json.name("ts").number(DecoyKind.EPOCH, t + String.format(Locale.ROOT, "%03d", g.dice.between(0, 999)));
        }
        json.field("request_id", "req_" + g.dice.hex(16));
    }

    private void payment(JsonWriter json, String event, long t, Person p) {
        header(json, event, t);
        json.name("customer")
                .beginObject()
                .field(
                        "id",
                        "cus_" + g.dice.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 14))
                .field("name", p.fullName())
                .pii("email", p.email());
        if (g.dice.chance(0.7)) {
            json.pii("phone", g.phones.next());
        }
        json.endObject();
        json.name("card").beginObject();
        int card = g.dice.weighted(78, 10, 12);
        if (card == 0) {
            json.pii("number", g.cards.next());
        } else if (card == 1) {
            // Some APIs serialize the number as a JSON number.
            json.name("number").number(g.cards.plain());
        } else {
            json.decoy("number", DecoyKind.MASKED_CARD, g.cards.masked());
        }
        json.name("exp_month")
                .literal(String.valueOf(g.dice.between(1, 12)))
                .name("exp_year")
                .literal(String.valueOf(g.dice.between(2025, 2031)))
                .endObject();
        amount(json);
        json.decoy("order_id", DecoyKind.ORDER_ID, g.decoys.orderId(t));
        json.pii("ip", g.net.ip());
        json.field("user_agent", g.people.userAgent());
    }

    private void refund(JsonWriter json, long t, Person p) {
        header(json, "refund", t);
        json.decoy("payment_id", DecoyKind.UUID, g.decoys.uuid());
        amount(json);
        json.field("reason", g.dice.pick("duplicate", "fraudulent", "requested_by_customer"));
        json.name("customer").beginObject().pii("email", p.email()).endObject();
        json.field("notes", sentences.withData(p).array());
    }

    private void login(JsonWriter json, long t, Person p) {
        header(json, "login", t);
        json.name("user")
                .beginObject()
                .pii("email", p.email())
                .field("id", "usr_" + g.dice.hex(12))
                .endObject();
        json.pii("ip", g.net.ip());
        json.name("mfa").literal(g.dice.chance(0.7) ? "true" : "false");
        json.field("session", g.dice.hex(32));
        json.name("geo")
                .beginObject()
                .field("country", g.dice.pick("US", "US", "GB", "DE", "FR", "BR"))
                .field("city", p.city())
                .endObject();
        json.field("user_agent", g.people.userAgent());
    }

    private void payout(JsonWriter json, long t, Person p) {
        header(json, "payout", t);
        Value iban = g.banks.iban();
        json.name("beneficiary")
                .beginObject()
                .field("name", p.fullName())
                .pii("iban", iban)
                .field("bic", g.banks.bic(iban.text()))
                .name("address")
                .beginObject()
                .field("street", p.street())
                .field("city", p.city())
                .field("postal_code", p.zip())
                .endObject()
                .endObject();
        amount(json);
        if (g.dice.chance(0.3)) {
            json.field(
                    "reference",
                    new Parts().t("ref ").d(DecoyKind.BAD_ABA, g.banks.badAba()).array());
        }
    }

    private void achTransfer(JsonWriter json, long t, Person p) {
        header(json, "ach_transfer", t);
        json.name("bank")
                .beginObject()
                .pii("routing_number", g.banks.aba())
                .pii("account_number", g.banks.account())
                .field("account_type", g.dice.pick("checking", "savings"))
                .endObject();
        json.name("customer")
                .beginObject()
                .pii("email", p.email())
                .pii("phone", g.phones.us())
                .endObject();
        amount(json);
        json.field("sec_code", g.dice.pick("PPD", "CCD", "WEB"));
    }

    private void kycCheck(JsonWriter json, long t, Person p) {
        header(json, "kyc_check", t);
        json.name("applicant").beginObject().field("name", p.fullName());
        if (g.dice.chance(0.85)) {
            json.pii("ssn", g.ids.ssn(g.dice.chance(0.2)));
        } else {
            json.pii("itin", g.ids.itin());
        }
        json.pii("dob", new Value(EntityTypes.DATE_OF_BIRTH, p.birthDate().toString(), "iso"));
        json.pii("phone", g.dice.chance(0.8) ? g.phones.us() : g.phones.usBare());
        json.name("address")
                .beginObject()
                .field("street", p.street())
                .field("city", p.city())
                .field("zip", p.zip())
                .endObject()
                .endObject();
        json.field("result", g.dice.pick("pass", "pass", "pass", "review", "fail"));
        json.decoy("provider_ref", DecoyKind.UUID, g.decoys.uuid());
    }

    private void profileUpdate(JsonWriter json, long t, Person p) {
        header(json, "profile_update", t);
        json.name("changes")
                .beginObject()
                .name("email")
                .beginObject()
                .pii("old", g.people.next().email())
                .pii("new", p.email())
                .endObject()
                .name("phone")
                .beginObject()
                .pii("old", g.phones.next())
                .pii("new", g.phones.next())
                .endObject()
                .endObject();
        json.pii("ip", g.net.ip());
    }

    private void apiKeyCreated(JsonWriter json, long t, Person p) {
        header(json, "api_key_created", t);
        json.name("actor").beginObject().pii("email", p.email()).endObject();
        json.name("credentials").beginObject().pii("aws_access_key_id", g.aws.accessKey());
        if (g.dice.chance(0.6)) {
            json.pii("aws_secret_access_key", g.aws.secretKey());
        }
        json.endObject();
        json.pii("source_ip", g.net.ip());
    }

    private void deploy(JsonWriter json, long t) {
        header(json, "deploy", t);
        json.field("service", g.dice.pick("payments-api", "ledger", "kyc-worker", "notifier"));
        json.decoy("version", DecoyKind.VERSION, g.decoys.version());
        json.decoy("commit", DecoyKind.GIT_SHA, g.decoys.gitSha());
        json.pii("host_ip", g.net.ipv4());
        json.name("build_ms").number(DecoyKind.EPOCH, t + String.format(Locale.ROOT, "%03d", g.dice.between(0, 999)));
    }

    private void amount(JsonWriter json) {
        json.name("amount")
                .beginObject()
                .name("value")
                .number(DecoyKind.PRICE, g.decoys.amount())
                .field("currency", g.dice.pick("USD", "USD", "EUR", "GBP"))
                .endObject();
    }
}
