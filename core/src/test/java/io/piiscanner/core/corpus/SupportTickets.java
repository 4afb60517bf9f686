package io.piiscanner.core.corpus;

/**
 * Support tickets and customer emails in plain sentences, the way people paste card numbers,
 * phone numbers and bank details into a message.
 */
final class SupportTickets {

    private static final String[] SUBJECTS = {
        "Refund request",
        "Card declined",
        "Update my details",
        "Wrong amount charged",
        "Direct deposit setup",
        "Suspicious login",
        "Account locked",
        "Tax form question"
    };

    private final Generators g;
    private final Sentences sentences;

    SupportTickets(Generators g) {
        this.g = g;
        this.sentences = new Sentences(g);
    }

    void write(DocumentBuilder doc, int approxBytes) {
        while (doc.size() < approxBytes) {
            ticket().writeTo(doc);
        }
    }

    private Parts ticket() {
        Dice d = g.dice;
        Person p = g.people.next();
        long t = g.decoys.tick(7200);
        Parts out = new Parts()
                .t("Ticket #" + d.between(10_000, 99_999) + " - " + d.pick(SUBJECTS) + "\n")
                .t("From: " + p.fullName() + " <")
                .v(p.email())
                .t(">\n")
                .t("Date: ")
                .d(DecoyKind.TIMESTAMP, g.decoys.isoTimestamp(t))
                .t("\n")
                .t("Priority: " + d.pick("low", "normal", "normal", "high", "urgent") + "\n\n")
                .t(d.pick(
                                "Hi team,",
                                "Hello,",
                                "Dear support,",
                                "Hi " + g.people.next().first() + ",") + "\n\n");
        int sentencesInBody = d.between(2, 6);
        for (int i = 0; i < sentencesInBody; i++) {
            if (i > 0) {
                out.t(d.chance(0.25) ? "\n\n" : " ");
            }
            if (d.chance(0.65)) {
                out.add(sentences.withData(p));
            } else {
                out.t(sentences.filler());
            }
        }
        out.t("\n\n" + d.pick("Thanks,", "Best regards,", "Cheers,", "Kind regards,") + "\n" + p.first() + "\n");
        if (d.chance(0.4)) {
            out.t(p.company() + " | ").v(g.phones.next()).t("\n");
        }
        if (d.chance(0.3)) {
            out.t("\n> Agent reply: ")
                    .t(sentences.filler())
                    .t(" ")
                    .add(sentences.withData(p))
                    .t("\n");
        }
        return out.t("\n----\n\n");
    }
}
