package io.piiscanner.core.corpus;

import io.piiscanner.core.format.InputFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A corpus for throughput measurement: files as a data lake holds them (application logs, NDJSON
 * event streams, CSV exports, free text) in which personal data is rare, one value every
 * {@code minGap..maxGap} bytes (2-10 KB by default), written in a line or record like those around
 * it, with decoys throughout: timestamps, ids, amounts, versions and hashes on most lines, and now
 * and then an invalid look-alike (a card failing Luhn, a reserved SSN, an IBAN with wrong check
 * digits, a truncated access key).
 *
 * <p>{@link CorpusGenerator}'s documents carry a value every hundred bytes or so, which suits
 * accuracy tests but measures validation more than scanning; a sweep of real data mostly reads
 * text with nothing in it, which is what this corpus is for.
 *
 * <p>Same rules as {@link CorpusGenerator}: everything follows from the seed, planted values are
 * valid for their type, values that need a label have one, and every planted value and decoy is
 * recorded with its byte span. A corpus is stateful and not thread-safe.
 */
public final class SparseCorpus {

    /** The kinds of files, with their share of the corpus's bytes. */
    public enum Kind {
        APP_LOG("app", "log", InputFormat.TEXT, 35),
        EVENTS_NDJSON("events", "ndjson", InputFormat.NDJSON, 30),
        ORDERS_CSV("orders", "csv", InputFormat.CSV, 20),
        NOTES_TEXT("notes", "txt", InputFormat.TEXT, 15);

        private final String stem;
        private final String extension;
        private final InputFormat format;
        private final int share;

        Kind(String stem, String extension, InputFormat format, int share) {
            this.stem = stem;
            this.extension = extension;
            this.format = format;
            this.share = share;
        }

        public String fileName() {
            return stem + "." + extension;
        }

        public InputFormat format() {
            return format;
        }
    }

    public static final int DEFAULT_MIN_GAP = 2 << 10;
    public static final int DEFAULT_MAX_GAP = 10 << 10;

    /** Share of lines that carry an invalid look-alike instead of ordinary content. */
    private static final double DECOY_LINES = 0.03;

    private static final int MIN_DOCUMENT = 16 << 10;

    private final Generators g;
    private final Sentences sentences;
    private final int minGap;
    private final int maxGap;
    private final long[] bytesByKind = new long[Kind.values().length];
    private int documents;

    /** A corpus with one value every 2-10 KB. */
    public SparseCorpus(long seed) {
        this(seed, DEFAULT_MIN_GAP, DEFAULT_MAX_GAP);
    }

    /** A corpus with one value every {@code minGap..maxGap} bytes (uniformly drawn). */
    public SparseCorpus(long seed, int minGap, int maxGap) {
        if (minGap < 1 || maxGap < minGap) {
            throw new IllegalArgumentException("bad gap " + minGap + ".." + maxGap);
        }
        this.g = new Generators(new Dice(new Random(seed)));
        this.sentences = new Sentences(g);
        this.minGap = minGap;
        this.maxGap = maxGap;
    }

    /** One document of {@code kind}, stopping at the first line or record past {@code approxBytes}. */
    public Document document(Kind kind, String name, int approxBytes) {
        DocumentBuilder doc = new DocumentBuilder(name);
        Lines lines = switch (kind) {
            case APP_LOG -> new LogLines();
            case EVENTS_NDJSON -> new EventLines();
            case ORDERS_CSV -> new OrderLines();
            case NOTES_TEXT -> new NoteLines();
        };
        lines.header(doc);
        long nextValue = (long) doc.size() + gap();
        while (doc.size() < approxBytes) {
            if (doc.size() >= nextValue) {
                lines.value(doc);
                nextValue = (long) doc.size() + gap();
            } else if (g.dice.chance(DECOY_LINES)) {
                lines.decoy(doc);
            } else {
                lines.filler(doc);
            }
        }
        return doc.build(kind.format());
    }

    /** Documents of every kind totalling about {@code approxBytes}. */
    public List<Document> generate(long approxBytes) {
        List<Document> out = new ArrayList<>();
        forEach(approxBytes, out::add);
        return out;
    }

    /**
     * Documents totalling about {@code approxBytes}, one at a time, so a corpus larger than memory
     * can be written. Sizes vary from a quarter to 1.75 times a sixty-fourth of the total (that
     * typical size kept within 64 KiB..8 MiB), so a folder scan has files enough to keep every
     * thread busy.
     */
    public void forEach(long approxBytes, Consumer<Document> sink) {
        long typical = Math.max(64 << 10, Math.min(8 << 20, approxBytes / 64));
        long written = 0;
        while (written < approxBytes) {
            long size = (long) (typical * (0.25 + 1.5 * g.dice.nextDouble()));
            size = Math.max(MIN_DOCUMENT, Math.min(size, approxBytes - written));
            Kind kind = nextKind();
            String name = String.format(Locale.ROOT, "%05d-%s", ++documents, kind.fileName());
            Document doc = document(kind, name, (int) size);
            written += doc.content().length;
            bytesByKind[kind.ordinal()] += doc.content().length;
            sink.accept(doc);
        }
    }

    /** The kind furthest below its share of the bytes written so far. */
    private Kind nextKind() {
        long total = 0;
        for (long b : bytesByKind) {
            total += b;
        }
        Kind best = null;
        double bestDeficit = 0;
        for (Kind k : Kind.values()) {
            double deficit = k.share / 100.0 - (total == 0 ? 0 : (double) bytesByKind[k.ordinal()] / total);
            if (best == null || deficit > bestDeficit) {
                best = k;
                bestDeficit = deficit;
            }
        }
        return best;
    }

    private int gap() {
        return g.dice.between(minGap, maxGap);
    }

    /**
     * Writes a corpus of about {@code approxBytes}: the documents in {@code dir/data/}, and
     * {@code ground-truth.jsonl} and {@code decoys.jsonl} (as {@link CorpusGenerator#writeTo}
     * writes them) in {@code dir}, outside the folder a benchmark scans.
     */
    public void writeTo(Path dir, long approxBytes) throws IOException {
        CorpusGenerator.writeDocuments(dir.resolve("data"), dir, sink -> forEach(approxBytes, sink));
    }

    /**
     * Writes a corpus: {@code SparseCorpus DIR SIZE [SEED]}, where SIZE is bytes with an optional
     * K, M or G suffix and SEED defaults to 1.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SparseCorpus DIR SIZE[K|M|G] [SEED]");
            System.exit(2);
        }
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 1L;
        long bytes = CorpusGenerator.parseSize(args[1]);
        new SparseCorpus(seed).writeTo(Path.of(args[0]), bytes);
        System.out.printf("wrote about %d bytes of sparse corpus to %s/data with seed %d%n", bytes, args[0], seed);
    }

    /** What one kind of file is made of. */
    private interface Lines {
        /** A header line, for formats that have one. */
        default void header(DocumentBuilder doc) {}

        /** An ordinary line or record: no personal data, the usual ids, times and amounts. */
        void filler(DocumentBuilder doc);

        /** A line with an invalid look-alike of personal data and no real value. */
        void decoy(DocumentBuilder doc);

        /** A line with one planted value (two for a few free-text sentences). */
        void value(DocumentBuilder doc);
    }

    /** Application logs of a payments service, with the occasional stack trace. */
    private final class LogLines implements Lines {

        private static final String[] LOGGERS = {
            "c.a.p.PaymentController",
            "c.a.p.ChargeService",
            "c.a.l.LedgerWriter",
            "c.a.s.SettlementJob",
            "c.a.w.WebhookDispatcher",
            "c.a.c.ConfigLoader",
            "com.zaxxer.hikari.pool.HikariPool",
            "o.a.k.c.c.internals.ConsumerCoordinator"
        };
        private static final String[] FRAMES = {
            "java.base/java.net.SocketInputStream.socketRead0(Native Method)",
            "java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)",
            "org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)",
            "org.apache.http.impl.conn.DefaultHttpResponseParser.parseHead(DefaultHttpResponseParser.java:88)",
            "org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:272)",
            "com.acme.payments.gateway.AcquirerClient.authorize(AcquirerClient.java:212)",
            "com.acme.payments.ChargeService.charge(ChargeService.java:97)",
            "com.acme.payments.PaymentController.create(PaymentController.java:64)",
            "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)",
            "java.base/java.lang.Thread.run(Thread.java:840)"
        };

        private Parts prefix(String level) {
            Dice d = g.dice;
            return new Parts()
                    .d(DecoyKind.TIMESTAMP, g.decoys.isoTimestamp(g.decoys.tick(3)))
                    .t(" " + level + " [")
                    .t(d.pick(
                            "http-nio-8080-exec-" + d.between(1, 40),
                            "main",
                            "scheduler-" + d.between(1, 4),
                            "kafka-consumer-" + d.between(0, 7)))
                    .t("] " + d.pick(LOGGERS) + " - ");
        }

        @Override
        public void filler(DocumentBuilder doc) {
            Dice d = g.dice;
            long t = g.decoys.tick(0);
            // Start-up lines (version and commit) are rare in a long-running service's log.
            Parts line = switch (d.weighted(24, 10, 6, 8, 6, 4, 12, 8, 8, 1, 2)) {
                case 0 ->
                    prefix("INFO ")
                            .t(d.pick("GET ", "GET ", "POST ", "PUT ")
                                    + d.pick("/api/v1/payments/", "/api/v1/orders/", "/api/v1/refunds/") + "pay_"
                                    + d.hex(12) + " " + d.pick("200", "200", "201", "404")
                                    + " (" + d.between(2, 900) + " ms) req=")
                            .d(DecoyKind.UUID, g.decoys.uuid())
                            .t(" user=usr_" + d.hex(12));
                case 1 ->
                    prefix("DEBUG")
                            .t("flushed " + d.between(1, 512) + " ledger entries to partition " + d.between(0, 15)
                                    + " in " + d.between(1, 90) + " ms");
                case 2 ->
                    prefix("INFO ")
                            .t("job settle-batches finished in " + d.between(200, 9000) + " ms: " + d.between(1, 900)
                                    + " batches, next run at ")
                            .d(DecoyKind.TIMESTAMP, g.decoys.isoTimestamp(t + 3600));
                case 3 ->
                    prefix("WARN ")
                            .t("retrying webhook ")
                            .d(DecoyKind.UUID, g.decoys.uuid())
                            .t(" attempt=" + d.between(1, 5) + " next_at=")
                            .d(DecoyKind.EPOCH, g.decoys.epoch(t + d.between(30, 900)));
                case 4 ->
                    prefix("DEBUG")
                            .t("HikariPool-1 - Pool stats (total=10, active=" + d.between(0, 10) + ", idle="
                                    + d.between(0, 10) + ", waiting=" + d.between(0, 3) + ")");
                case 5 ->
                    prefix("WARN ")
                            .t(
                                    "slow query (" + d.between(500, 4000) + " ms): SELECT id, status, amount, "
                                            + "currency FROM payments WHERE merchant_id = ? AND created_at > ? ORDER BY created_at LIMIT 500");
                case 6 ->
                    prefix("INFO ")
                            .t("charge succeeded order=")
                            .d(DecoyKind.ORDER_ID, g.decoys.orderId(t))
                            .t(" amount=")
                            .d(DecoyKind.PRICE, g.decoys.price())
                            .t(" acquirer=" + d.pick("adyen", "stripe", "worldpay"));
                case 7 -> {
                    Parts stats = prefix("INFO ")
                            .t("cache stats hits=" + d.between(1000, 99_999) + " misses=" + d.between(1, 999)
                                    + " evictions=" + d.between(0, 50));
                    yield d.chance(0.25) ? stats.t(" build=").d(DecoyKind.VERSION, g.decoys.version()) : stats;
                }
                case 8 ->
                    prefix("DEBUG")
                            .t("consumer lag topic=payments.events partition=" + d.between(0, 11) + " offset="
                                    + d.between(1_000_000, 90_000_000) + " lag=" + d.between(0, 400));
                case 9 ->
                    prefix("INFO ")
                            .t("starting payments-api ")
                            .d(DecoyKind.VERSION, g.decoys.version())
                            .t(" (commit ")
                            .d(DecoyKind.GIT_SHA, g.decoys.gitSha())
                            .t(") profile=" + d.pick("prod", "staging"));
                default -> stackTrace();
            };
            line.t("\n").writeTo(doc);
        }

        private Parts stackTrace() {
            Parts p = prefix("ERROR")
                    .t("charge failed for order ")
                    .d(DecoyKind.ORDER_ID, g.decoys.orderId(g.decoys.tick(0)))
                    .t("\njava.net.SocketTimeoutException: Read timed out");
            int frames = g.dice.between(4, FRAMES.length);
            for (int i = 0; i < frames; i++) {
                p.t("\n\tat " + FRAMES[i]);
            }
            return p;
        }

        @Override
        public void decoy(DocumentBuilder doc) {
            Dice d = g.dice;
            Parts line = switch (d.between(0, 6)) {
                case 0 ->
                    prefix("WARN ").t("validator rejected card number ").d(DecoyKind.BAD_LUHN_CARD, g.cards.badLuhn());
                case 1 ->
                    prefix("INFO ")
                            .t("loyalty card ")
                            .d(DecoyKind.NO_ISSUER_LUHN, g.cards.noIssuer())
                            .t(" redeemed " + d.between(100, 5000) + " points");
                case 2 -> prefix("INFO ").t("card on file updated: ").d(DecoyKind.MASKED_CARD, g.cards.masked());
                case 3 ->
                    prefix("DEBUG")
                            .t("token refresh ok, key prefix ")
                            .d(DecoyKind.AKIA_WRONG_LENGTH, g.aws.wrongLength());
                case 4 ->
                    prefix("INFO ")
                            .t("peer ")
                            .d(DecoyKind.MAC_ADDRESS, g.net.mac())
                            .t(" joined the cluster");
                case 5 ->
                    prefix("INFO ")
                            .t("reconciliation ref ")
                            .d(DecoyKind.BAD_ABA, g.banks.badAba())
                            .t(" matched " + d.between(1, 400) + " items");
                default -> prefix("WARN ").t("payout rejected, invalid IBAN ").d(DecoyKind.BAD_IBAN, g.banks.badIban());
            };
            line.t("\n").writeTo(doc);
        }

        @Override
        public void value(DocumentBuilder doc) {
            Dice d = g.dice;
            Parts line = switch (d.weighted(22, 16, 12, 12, 10, 8, 8, 6, 6)) {
                case 0 ->
                    prefix("INFO ")
                            .t("POST /api/v1/payments 201 (" + d.between(20, 400) + " ms) req=")
                            .d(DecoyKind.UUID, g.decoys.uuid())
                            .t(" ip=")
                            .v(g.net.ip());
                case 1 ->
                    prefix("INFO ")
                            .t("password reset requested for ")
                            .v(g.people.next().email());
                case 2 ->
                    prefix("WARN ")
                            .t("charge declined: card=")
                            .v(g.cards.next())
                            .t(" reason=" + d.pick("do_not_honor", "insufficient_funds", "expired_card"));
                case 3 -> prefix("INFO ").t("SMS one-time code sent to ").v(g.phones.next());
                case 4 ->
                    prefix("DEBUG")
                            .t("KYC lookup ssn=")
                            .v(g.ids.ssn(d.chance(0.3)))
                            .t(" result=" + d.pick("match", "no_match"));
                case 5 ->
                    prefix("INFO ")
                            .t("created payout ")
                            .d(DecoyKind.UUID, g.decoys.uuid())
                            .t(" to IBAN ")
                            .v(g.banks.iban());
                case 6 ->
                    prefix("WARN ")
                            .t("loaded credentials from environment: aws_access_key_id=")
                            .v(g.aws.accessKey());
                case 7 ->
                    prefix("INFO ")
                            .t("ACH transfer queued: routing number ")
                            .v(g.banks.aba())
                            .t(" amount=")
                            .d(DecoyKind.PRICE, g.decoys.price());
                default -> prefix("INFO ").t("peer connected on eth0 as ").v(g.net.ipv6());
            };
            line.t("\n").writeTo(doc);
        }
    }

    /** API and audit events, one compact JSON object per line. */
    private final class EventLines implements Lines {

        private void header(JsonWriter json, String event) {
            long t = g.decoys.tick(5);
            json.field("event", event);
            json.decoy("id", DecoyKind.UUID, g.decoys.uuid());
            if (g.dice.chance(0.7)) {
                json.decoy("ts", DecoyKind.TIMESTAMP, g.decoys.isoTimestamp(t));
            } else {
                json.name("ts").number(DecoyKind.EPOCH, t + String.format(Locale.ROOT, "%03d", g.dice.between(0, 999)));
            }
            json.field("request_id", "req_" + g.dice.hex(16));
        }

        private JsonWriter begin(DocumentBuilder doc, String event) {
            JsonWriter json = new JsonWriter(doc, false).beginObject();
            header(json, event);
            return json;
        }

        private void end(DocumentBuilder doc, JsonWriter json) {
            json.endObject();
            doc.text("\n");
        }

        @Override
        public void filler(DocumentBuilder doc) {
            Dice d = g.dice;
            switch (d.weighted(35, 25, 20, 4, 10)) {
                case 0 -> {
                    JsonWriter json = begin(doc, "page_view");
                    json.field("session", d.hex(32))
                            .field(
                                    "path",
                                    d.pick(
                                            "/checkout",
                                            "/cart",
                                            "/account/orders",
                                            "/products/" + d.between(1000, 9999)))
                            .name("duration_ms")
                            .literal(String.valueOf(d.between(5, 30_000)))
                            .field("user_agent", g.people.userAgent());
                    end(doc, json);
                }
                case 1 -> {
                    JsonWriter json = begin(doc, "order_status");
                    json.decoy("order_id", DecoyKind.ORDER_ID, g.decoys.orderId(g.decoys.tick(0)))
                            .field("status", d.pick("paid", "packed", "shipped", "delivered", "returned"))
                            .field("carrier", d.pick("UPS", "DHL", "FedEx", "USPS"))
                            .name("items")
                            .literal(String.valueOf(d.between(1, 9)))
                            .name("total")
                            .beginObject()
                            .name("value")
                            .number(DecoyKind.PRICE, g.decoys.amount())
                            .field("currency", d.pick("USD", "USD", "EUR", "GBP"))
                            .endObject();
                    end(doc, json);
                }
                case 2 -> {
                    JsonWriter json = begin(doc, "metric");
                    json.field("name", d.pick("queue.depth", "http.latency.p99", "db.pool.active", "jvm.gc.pause"))
                            .name("value")
                            .literal(String.valueOf(d.between(0, 5000)))
                            .name("tags")
                            .beginObject()
                            .field("service", d.pick("payments-api", "ledger", "notifier"))
                            .field("az", d.pick("us-east-1a", "us-east-1b", "eu-west-1c"))
                            .endObject();
                    end(doc, json);
                }
                case 3 -> {
                    JsonWriter json = begin(doc, "deploy");
                    json.field("service", d.pick("payments-api", "ledger", "kyc-worker", "notifier"))
                            .decoy("version", DecoyKind.VERSION, g.decoys.version())
                            .decoy("commit", DecoyKind.GIT_SHA, g.decoys.gitSha());
                    end(doc, json);
                }
                default -> {
                    JsonWriter json = begin(doc, "refund");
                    json.decoy("payment_id", DecoyKind.UUID, g.decoys.uuid())
                            .name("amount")
                            .number(DecoyKind.PRICE, g.decoys.amount())
                            .field("reason", d.pick("duplicate", "fraudulent", "requested_by_customer"))
                            .field("notes", sentences.filler());
                    end(doc, json);
                }
            }
        }

        @Override
        public void decoy(DocumentBuilder doc) {
            Dice d = g.dice;
            JsonWriter json = begin(doc, "validation_error");
            switch (d.between(0, 4)) {
                case 0 -> json.field("field", "card_number").decoy("value", DecoyKind.BAD_LUHN_CARD, g.cards.badLuhn());
                case 1 -> json.field("field", "gift_card").decoy("value", DecoyKind.NO_ISSUER_LUHN, g.cards.noIssuer());
                case 2 -> json.field("field", "tax_id").decoy("value", DecoyKind.RESERVED_SSN, g.ids.reservedSsn());
                case 3 -> json.field("field", "beneficiary_iban").decoy("value", DecoyKind.BAD_IBAN, g.banks.badIban());
                default -> json.field("field", "card").decoy("value", DecoyKind.MASKED_CARD, g.cards.masked());
            }
            json.field("message", "rejected by validator");
            end(doc, json);
        }

        @Override
        public void value(DocumentBuilder doc) {
            Dice d = g.dice;
            switch (d.weighted(20, 18, 16, 12, 10, 10, 8, 6)) {
                case 0 ->
                    end(
                            doc,
                            begin(doc, "login")
                                    .pii("ip", g.net.ip())
                                    .name("mfa")
                                    .literal("true"));
                case 1 ->
                    end(
                            doc,
                            begin(doc, "signup")
                                    .pii("email", g.people.next().email())
                                    .field("plan", d.pick("free", "pro", "business")));
                case 2 ->
                    end(
                            doc,
                            begin(doc, "payment")
                                    .name("card")
                                    .beginObject()
                                    .pii("number", g.cards.next())
                                    .name("exp_month")
                                    .literal(String.valueOf(d.between(1, 12)))
                                    .endObject()
                                    .name("amount")
                                    .number(DecoyKind.PRICE, g.decoys.amount()));
                case 3 ->
                    end(
                            doc,
                            begin(doc, "profile_update")
                                    .name("changes")
                                    .beginObject()
                                    .pii("phone", g.phones.next())
                                    .endObject());
                case 4 ->
                    end(
                            doc,
                            begin(doc, "kyc_check")
                                    .name("applicant")
                                    .beginObject()
                                    .pii("ssn", g.ids.ssn(d.chance(0.2)))
                                    .endObject()
                                    .field("result", "pass"));
                case 5 ->
                    end(
                            doc,
                            begin(doc, "payout")
                                    .name("beneficiary")
                                    .beginObject()
                                    .pii("iban", g.banks.iban())
                                    .endObject());
                case 6 ->
                    end(
                            doc,
                            begin(doc, "ach_transfer")
                                    .name("bank")
                                    .beginObject()
                                    .pii("routing_number", g.banks.aba())
                                    .field("account_type", "checking")
                                    .endObject());
                default ->
                    end(
                            doc,
                            begin(doc, "api_key_created")
                                    .name("credentials")
                                    .beginObject()
                                    .pii("aws_access_key_id", g.aws.accessKey())
                                    .endObject());
            }
        }
    }

    /** An order export: mostly ids, dates and amounts, with a free-text note now and then. */
    private final class OrderLines implements Lines {

        private CsvWriter csv;

        @Override
        public void header(DocumentBuilder doc) {
            csv = new CsvWriter(doc, ',', "\n", false);
            csv.header(List.of(
                    "order_id",
                    "created_at",
                    "status",
                    "sku",
                    "quantity",
                    "unit_price",
                    "currency",
                    "customer_ref",
                    "channel",
                    "note"));
        }

        private void row(List<Part> note) {
            Dice d = g.dice;
            long t = g.decoys.tick(60);
            csv.row(List.of(
                    List.of(Part.decoy(DecoyKind.ORDER_ID, g.decoys.orderId(t))),
                    List.of(Part.decoy(DecoyKind.TIMESTAMP, g.decoys.sqlTimestamp(t))),
                    List.of(Part.text(d.pick("paid", "paid", "shipped", "refunded", "cancelled"))),
                    List.of(Part.text("SKU-" + d.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + "-" + d.between(100, 999))),
                    List.of(Part.text(String.valueOf(d.between(1, 12)))),
                    List.of(Part.decoy(DecoyKind.PRICE, g.decoys.amount())),
                    List.of(Part.text(d.pick("USD", "USD", "EUR", "GBP"))),
                    List.of(Part.text("cus_" + d.hex(14))),
                    List.of(Part.text(d.pick("web", "ios", "android", "pos"))),
                    note));
        }

        @Override
        public void filler(DocumentBuilder doc) {
            Dice d = g.dice;
            row(
                    d.chance(0.8)
                            ? List.of()
                            : List.of(Part.text(
                                    d.chance(0.5)
                                            ? sentences.filler()
                                            : d.pick(
                                                    "gift wrap",
                                                    "leave at the door",
                                                    "B2B invoice",
                                                    "backorder, ships in 2 weeks"))));
        }

        @Override
        public void decoy(DocumentBuilder doc) {
            row(sentence(false).list());
        }

        @Override
        public void value(DocumentBuilder doc) {
            Dice d = g.dice;
            Parts note = switch (d.weighted(30, 25, 20, 15, 10)) {
                case 0 ->
                    new Parts().t("send the invoice to ").v(g.people.next().email());
                case 1 -> new Parts().t("call back at ").v(g.phones.next()).t(" before delivery");
                case 2 ->
                    new Parts()
                            .t("customer asked to charge card ")
                            .v(g.cards.next())
                            .t(" instead");
                case 3 -> new Parts().t("refund to IBAN ").v(g.banks.iban());
                default -> new Parts().t("SSN ").v(g.ids.ssn()).t(" given for the tax exemption form");
            };
            row(note.list());
        }
    }

    /** Free text: notes and tickets in paragraphs, as support and operations teams write them. */
    private final class NoteLines implements Lines {

        @Override
        public void filler(DocumentBuilder doc) {
            Dice d = g.dice;
            StringBuilder paragraph = new StringBuilder();
            if (d.chance(0.15)) {
                paragraph
                        .append(d.pick("## Notes", "## Follow-up", "## Customer call", "## Incident review"))
                        .append(" (")
                        .append(g.people.company())
                        .append(")\n\n");
            }
            int n = d.between(2, 6);
            for (int i = 0; i < n; i++) {
                paragraph.append(i == 0 ? "" : " ").append(sentences.filler());
            }
            doc.text(paragraph.append("\n\n").toString());
        }

        @Override
        public void decoy(DocumentBuilder doc) {
            new Parts()
                    .t(sentences.filler() + " ")
                    .add(sentence(false))
                    .t("\n\n")
                    .writeTo(doc);
        }

        @Override
        public void value(DocumentBuilder doc) {
            new Parts()
                    .t(sentences.filler() + " ")
                    .add(sentence(true))
                    .t("\n\n")
                    .writeTo(doc);
        }
    }

    /**
     * A sentence of {@link Sentences#withData} that holds a planted value (a few hold two), or with
     * {@code false} one that holds only look-alikes.
     */
    private Parts sentence(boolean withValue) {
        while (true) {
            Parts s = sentences.withData(g.people.next());
            if (s.list().stream().anyMatch(p -> p.type() != null) == withValue) {
                return s;
            }
        }
    }
}
