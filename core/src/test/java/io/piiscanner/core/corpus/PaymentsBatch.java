package io.piiscanner.core.corpus;

import java.util.Locale;

/**
 * One JSON document: a batch of outgoing payments as a payouts API accepts it, pretty-printed,
 * with payees nested in an array.
 */
final class PaymentsBatch {

    private final Generators g;
    private final Sentences sentences;

    PaymentsBatch(Generators g) {
        this.g = g;
        this.sentences = new Sentences(g);
    }

    void write(DocumentBuilder doc, int approxBytes) {
        long t = g.decoys.tick(0);
        JsonWriter json = new JsonWriter(doc, true);
        json.beginObject()
                .decoy("batch_id", DecoyKind.UUID, g.decoys.uuid())
                .decoy("created_at", DecoyKind.TIMESTAMP, g.decoys.isoTimestamp(t))
                .name("originator")
                .beginObject()
                .field("name", g.people.company())
                .pii("routing_number", g.banks.aba())
                .pii("account_number", g.banks.account())
                .endObject()
                .field("currency", "USD")
                .name("payments")
                .beginArray();
        int count = 0;
        // Leave room for the closing brackets so the document stays near the requested size.
        while (doc.size() < approxBytes - 64 || count == 0) {
            payment(json);
            count++;
        }
        json.endArray().name("count").literal(String.valueOf(count)).endObject();
        doc.text("\n");
    }

    private void payment(JsonWriter json) {
        Dice d = g.dice;
        Person p = g.people.next();
        json.beginObject()
                .decoy("id", DecoyKind.UUID, g.decoys.uuid())
                .name("payee")
                .beginObject()
                .field("name", p.fullName())
                .pii("email", p.email())
                .pii("phone", g.phones.next())
                .name("address")
                .beginObject()
                .field("line1", p.street())
                .field("city", p.city())
                .field("postal_code", p.zip())
                .endObject()
                .endObject();
        switch (d.weighted(4, 4, 3)) {
            case 0 ->
                json.field("method", "card")
                        .name("card")
                        .beginObject()
                        .pii("number", g.cards.next())
                        .field("holder", p.fullName().toUpperCase(Locale.ROOT))
                        .endObject();
            case 1 ->
                json.field("method", "sepa")
                        .name("bank")
                        .beginObject()
                        .pii("iban", g.banks.iban())
                        .endObject();
            default ->
                json.field("method", "ach")
                        .name("bank")
                        .beginObject()
                        .pii("routing_number", g.banks.aba())
                        .pii("account_number", g.banks.account())
                        .endObject();
        }
        json.name("amount")
                .number(DecoyKind.PRICE, g.decoys.amount())
                .decoy("order_id", DecoyKind.ORDER_ID, g.decoys.orderId(g.decoys.tick(60)));
        if (d.chance(0.3)) {
            json.field("memo", sentences.withData(p).array());
        }
        json.endObject();
    }
}
