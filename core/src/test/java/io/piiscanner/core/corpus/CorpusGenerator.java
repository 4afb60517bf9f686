package io.piiscanner.core.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Generates realistic synthetic financial documents (customer and transaction exports, event
 * streams, server logs, support tickets, payment batches) with planted personal data, decoys that
 * only look like it, and the exact byte span of each, for measuring detection accuracy and
 * throughput.
 *
 * <p>Everything follows from the seed: one {@link Random} drives every choice and seeds the
 * datafaker instances, so the same seed gives the same bytes on every machine (for the same
 * datafaker and libphonenumber versions, whose vocabularies and metadata feed the values). A
 * generator is stateful and not thread-safe; each call continues the same random sequence.
 *
 * <p>Every planted value is valid for its type (card numbers pass Luhn and have a real issuer
 * prefix, phone numbers pass libphonenumber, IBANs verify, and so on), and values that need a
 * label to be recognizable, such as nine bare digits for an SSN, are written next to one.
 */
public final class CorpusGenerator {

    /** Share of the corpus's bytes per kind, in {@link DocumentKind} order. */
    private static final int[] KIND_SHARES = {20, 6, 8, 6, 22, 18, 14, 6};

    private static final int MIN_DOCUMENT = 4 << 10;
    /** Larger than the engine's scan window, so some values straddle a window edge. */
    private static final int LARGE_DOCUMENT = 1_100_000;

    private final Generators g;
    private final long[] bytesByKind = new long[KIND_SHARES.length];
    private int documents;

    public CorpusGenerator(long seed) {
        this.g = new Generators(new Dice(new Random(seed)));
    }

    /** Generates one document of {@code kind}, stopping at the first record past {@code approxBytes}. */
    public Document document(DocumentKind kind, String name, int approxBytes) {
        DocumentBuilder doc = new DocumentBuilder(name);
        switch (kind) {
            case CUSTOMERS_CSV -> new CustomerTable(g).write(doc, approxBytes, ',');
            case CUSTOMERS_TSV -> new CustomerTable(g).write(doc, approxBytes, '\t');
            case TRANSACTIONS_CSV -> new TransactionTable(g).write(doc, approxBytes);
            case ACCESS_KEYS_CSV -> new AccessKeyTable(g).write(doc, approxBytes);
            case EVENTS_NDJSON -> new EventStream(g).write(doc, approxBytes);
            case APP_LOG -> new AppLog(g).write(doc, approxBytes);
            case SUPPORT_TICKETS -> new SupportTickets(g).write(doc, approxBytes);
            case PAYMENTS_JSON -> new PaymentsBatch(g).write(doc, approxBytes);
        }
        return doc.build(kind.format());
    }

    /** Generates documents of every kind totalling about {@code approxBytes}. */
    public List<Document> generate(long approxBytes) {
        List<Document> out = new ArrayList<>();
        forEach(approxBytes, out::add);
        return out;
    }

    /**
     * Generates documents totalling about {@code approxBytes} one at a time, so a corpus larger
     * than memory can be written. Most documents are about a fortieth of the total (between 16 KiB
     * and 8 MiB); in corpora over 22 MB about one in ten is larger than the engine's 1 MiB scan
     * window.
     */
    public void forEach(long approxBytes, Consumer<Document> sink) {
        long typical = Math.max(16 << 10, Math.min(8 << 20, approxBytes / 40));
        long written = 0;
        while (written < approxBytes) {
            long remaining = approxBytes - written;
            long size = (long) (typical * (0.25 + 1.5 * g.dice.nextDouble()));
            // Only in corpora large enough that such documents do not skew the mix of kinds.
            if (approxBytes >= 20L * LARGE_DOCUMENT && remaining >= 2L * LARGE_DOCUMENT && g.dice.chance(0.1)) {
                size = Math.max(size, LARGE_DOCUMENT + g.dice.between(0, 1 << 20));
            }
            size = Math.max(MIN_DOCUMENT, Math.min(size, remaining));
            DocumentKind kind = nextKind();
            String name = String.format(Locale.ROOT, "%05d-%s", ++documents, kind.fileName());
            Document doc = document(kind, name, (int) size);
            written += doc.content().length;
            bytesByKind[kind.ordinal()] += doc.content().length;
            sink.accept(doc);
        }
    }

    /**
     * The kind furthest below its share of the bytes written so far, so the mix of kinds (and so
     * the number of values per type) is nearly the same for every seed although document sizes
     * vary. Ties go to a random kind.
     */
    private DocumentKind nextKind() {
        long total = 0;
        for (long b : bytesByKind) {
            total += b;
        }
        int shares = 0;
        for (int s : KIND_SHARES) {
            shares += s;
        }
        int best = -1;
        double bestDeficit = 0;
        int offset = g.dice.between(0, KIND_SHARES.length - 1);
        for (int j = 0; j < KIND_SHARES.length; j++) {
            int i = (j + offset) % KIND_SHARES.length;
            double deficit = (double) KIND_SHARES[i] / shares - (total == 0 ? 0 : (double) bytesByKind[i] / total);
            if (best < 0 || deficit > bestDeficit) {
                best = i;
                bestDeficit = deficit;
            }
        }
        return DocumentKind.values()[best];
    }

    /**
     * Writes a corpus of about {@code approxBytes} to {@code dir}: the documents, then
     * {@code ground-truth.jsonl} with one planted value per line and {@code decoys.jsonl} with
     * one decoy per line, e.g.
     *
     * <pre>
     * {"document":"00001-customers.csv","type":"CREDIT_CARD","start":412,"end":431,"variant":"visa-16 spaces"}
     * {"document":"00001-customers.csv","kind":"ORDER_ID","start":502,"end":519}
     * </pre>
     *
     * The values themselves are left out: they are in the documents at those offsets, and
     * repeating them would make the ground truth larger than the corpus.
     */
    public void writeTo(Path dir, long approxBytes) throws IOException {
        writeDocuments(dir, dir, sink -> forEach(approxBytes, sink));
    }

    /**
     * Writes each document {@code generator} produces to {@code documents}, and the ground truth
     * and decoy files described at {@link #writeTo} to {@code truth}; shared with
     * {@link SparseCorpus}, which keeps them out of the folder a benchmark scans.
     */
    static void writeDocuments(Path documents, Path truth, Consumer<Consumer<Document>> generator) throws IOException {
        Files.createDirectories(documents);
        Files.createDirectories(truth);
        try (BufferedWriter planted =
                        Files.newBufferedWriter(truth.resolve("ground-truth.jsonl"), StandardCharsets.UTF_8);
                BufferedWriter decoys =
                        Files.newBufferedWriter(truth.resolve("decoys.jsonl"), StandardCharsets.UTF_8)) {
            IOException[] failure = new IOException[1];
            generator.accept(doc -> {
                if (failure[0] != null) {
                    return;
                }
                try {
                    Files.write(documents.resolve(doc.name()), doc.content());
                    String document = "{\"document\":\"" + JsonWriter.escape(doc.name()) + "\",";
                    for (Planted p : doc.planted()) {
                        planted.write(document + "\"type\":\"" + p.type() + "\",\"start\":" + p.start() + ",\"end\":"
                                + p.end() + ",\"variant\":\"" + JsonWriter.escape(p.variant()) + "\"}\n");
                    }
                    for (Decoy d : doc.decoys()) {
                        decoys.write(document + "\"kind\":\"" + d.kind() + "\",\"start\":" + d.start() + ",\"end\":"
                                + d.end() + "}\n");
                    }
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    /**
     * Writes a corpus: {@code CorpusGenerator DIR SIZE [SEED]}, where SIZE is bytes with an
     * optional K, M or G suffix (e.g. {@code 500M}) and SEED defaults to 1.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: CorpusGenerator DIR SIZE[K|M|G] [SEED]");
            System.exit(2);
        }
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 1L;
        long bytes = parseSize(args[1]);
        new CorpusGenerator(seed).writeTo(Path.of(args[0]), bytes);
        System.out.printf("wrote about %d bytes to %s with seed %d%n", bytes, args[0], seed);
    }

    /** Bytes from a size with an optional K, M or G suffix (powers of 1024): {@code 500M}. */
    public static long parseSize(String s) {
        String v = s.trim().toUpperCase(Locale.ROOT);
        int shift = switch (v.charAt(v.length() - 1)) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            default -> 0;
        };
        return Long.parseLong(shift == 0 ? v : v.substring(0, v.length() - 1)) << shift;
    }
}
