package io.piiscanner.core.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A CRM customer export: one customer per row with contact, identity and bank details, as CSV
 * or TSV. Real exports are messy, so some cells are empty, some hold placeholders or mistyped
 * numbers, and the notes column holds free text with commas, quotes and line breaks.
 */
final class CustomerTable {

    static final List<String> HEADER = List.of(
            "customer_id",
            "name",
            "email",
            "phone",
            "ssn",
            "card_number",
            "iban",
            "routing_number",
            "account_number",
            "ip",
            "amount",
            "created_at",
            "notes");

    private final Generators g;
    private final Sentences sentences;

    CustomerTable(Generators g) {
        this.g = g;
        this.sentences = new Sentences(g);
    }

    void write(DocumentBuilder doc, int approxBytes, char delimiter) {
        Dice d = g.dice;
        boolean quoteAll = delimiter == ',' && d.chance(0.2);
        CsvWriter csv = new CsvWriter(doc, delimiter, d.chance(0.3) ? "\r\n" : "\n", quoteAll);
        csv.header(HEADER);
        while (doc.size() < approxBytes) {
            csv.row(row());
        }
    }

    private List<List<Part>> row() {
        Dice d = g.dice;
        Person p = g.people.next();
        List<List<Part>> cells = new ArrayList<>(HEADER.size());
        cells.add(
                d.chance(0.7)
                        ? text("CUST-" + d.digits(7))
                        : new Parts().d(DecoyKind.UUID, g.decoys.uuid()).list());
        cells.add(text(d.chance(0.2) ? p.last() + ", " + p.first() : p.fullName()));
        cells.add(d.chance(0.95) ? value(p.email()) : List.of());
        int phone = d.weighted(68, 22, 10);
        cells.add(value(phone == 0 ? g.phones.us() : phone == 1 ? g.phones.international() : g.phones.usBare()));
        cells.add(ssn());
        cells.add(card());
        int iban = d.weighted(55, 3, 42);
        cells.add(
                iban == 0
                        ? value(g.banks.iban())
                        : iban == 1
                                ? new Parts()
                                        .d(DecoyKind.BAD_IBAN, g.banks.badIban())
                                        .list()
                                : List.of());
        boolean bank = d.chance(0.65);
        cells.add(bank ? value(g.banks.aba()) : List.of());
        cells.add(bank ? value(g.banks.account()) : List.of());
        cells.add(value(g.net.ip()));
        cells.add(new Parts().d(DecoyKind.PRICE, g.decoys.amount()).list());
        long t = g.decoys.anyTime();
        cells.add(new Parts()
                .d(DecoyKind.TIMESTAMP, d.chance(0.5) ? g.decoys.isoTimestamp(t) : g.decoys.sqlTimestamp(t))
                .list());
        cells.add(d.chance(0.45) ? sentences.note(p).list() : List.of());
        return cells;
    }

    private List<Part> ssn() {
        return switch (g.dice.weighted(82, 10, 4, 4)) {
            case 0 -> value(g.ids.ssn(false));
            // The column name is the label that makes nine bare digits an SSN.
            case 1 -> value(g.ids.ssn(true));
            case 2 -> new Parts().d(DecoyKind.RESERVED_SSN, g.ids.reservedSsn()).list();
            default -> List.of();
        };
    }

    private List<Part> card() {
        return switch (g.dice.weighted(90, 3, 2, 5)) {
            case 0 -> value(g.cards.next());
            case 1 -> new Parts().d(DecoyKind.BAD_LUHN_CARD, g.cards.badLuhn()).list();
            case 2 -> new Parts().d(DecoyKind.MASKED_CARD, g.cards.masked()).list();
            default -> List.of();
        };
    }

    private static List<Part> value(Value v) {
        return List.of(Part.pii(v));
    }

    private static List<Part> text(String s) {
        return List.of(Part.text(s));
    }
}
