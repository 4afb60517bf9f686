package io.piiscanner.core.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A card transaction export from a payment processor: ids, timestamps and amounts around each
 * card number. Processors mask most numbers before export; some exports still carry full ones.
 */
final class TransactionTable {

    static final List<String> HEADER = List.of(
            "transaction_id",
            "order_id",
            "created_at",
            "processed_ms",
            "merchant",
            "customer_email",
            "card_number",
            "card_brand",
            "auth_code",
            "amount",
            "currency",
            "status",
            "ip",
            "device_id",
            "notes");

    private final Generators g;
    private final Sentences sentences;

    TransactionTable(Generators g) {
        this.g = g;
        this.sentences = new Sentences(g);
    }

    void write(DocumentBuilder doc, int approxBytes) {
        CsvWriter csv = new CsvWriter(doc, ',', g.dice.chance(0.5) ? "\r\n" : "\n", false);
        csv.header(HEADER);
        while (doc.size() < approxBytes) {
            csv.row(row());
        }
    }

    private List<List<Part>> row() {
        Dice d = g.dice;
        long t = g.decoys.tick(600);
        Person p = g.people.next();
        List<List<Part>> cells = new ArrayList<>(HEADER.size());
        cells.add(text("txn_" + d.hex(24)));
        cells.add(new Parts().d(DecoyKind.ORDER_ID, g.decoys.orderId(t)).list());
        cells.add(new Parts().d(DecoyKind.TIMESTAMP, g.decoys.isoTimestamp(t)).list());
        cells.add(new Parts()
                .d(DecoyKind.EPOCH, (t + d.between(1, 5)) + String.format(Locale.ROOT, "%03d", d.between(0, 999)))
                .list());
        cells.add(text(g.people.company()));
        cells.add(List.of(Part.pii(p.email())));
        String brand;
        int card = d.weighted(65, 30, 5);
        if (card == 0) {
            Value v = g.cards.next();
            brand = v.variant().substring(0, v.variant().indexOf('-'));
            cells.add(List.of(Part.pii(v)));
        } else if (card == 1) {
            brand = "visa";
            cells.add(new Parts().d(DecoyKind.MASKED_CARD, g.cards.masked()).list());
        } else {
            brand = "";
            cells.add(new Parts().d(DecoyKind.BAD_LUHN_CARD, g.cards.badLuhn()).list());
        }
        cells.add(text(brand));
        cells.add(text(d.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6)));
        cells.add(new Parts().d(DecoyKind.PRICE, g.decoys.amount()).list());
        cells.add(text(d.pick("USD", "USD", "USD", "EUR", "GBP", "CAD")));
        String status = d.pick("approved", "approved", "approved", "declined", "refunded", "chargeback");
        cells.add(text(status));
        cells.add(List.of(Part.pii(g.net.ip())));
        cells.add(new Parts().d(DecoyKind.UUID, g.decoys.uuid()).list());
        cells.add(d.chance(0.2) ? sentences.note(p).list() : List.of());
        return cells;
    }

    private static List<Part> text(String s) {
        return List.of(Part.text(s));
    }
}
