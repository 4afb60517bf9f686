package io.piiscanner.bench;

import io.piiscanner.core.corpus.CorpusGenerator;
import io.piiscanner.core.corpus.Document;
import io.piiscanner.core.corpus.SparseCorpus;
import io.piiscanner.core.detect.ScanText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-memory corpus sample a benchmark reads: seeded, so every run and every fork measures the
 * same bytes. Built in a trial set-up; generation is never measured.
 */
final class Sample {

    /**
     * The engine's window layout (WindowScanner, package-private in core): 1 MiB scanned, with
     * 512 bytes kept before and 2 KiB visible after, so that detectors and gates run on windows of
     * the size and shape they get in a real scan. Keep in step with WindowScanner.
     */
    static final int CHUNK = 1 << 20;

    static final int KEEP = 512;
    static final int LOOKAHEAD = 2048;

    /** The default sample: 4 MiB of the sparse corpus. */
    static final String SIZE = "4194304";

    static final String SEED = "20240315";

    final List<Document> documents;
    /** Every document's bytes, concatenated and cut into engine-shaped windows. */
    final List<Window> windows;

    final long bytes;

    /** One window: its text as the engine builds it (ISO-8859-1, one char per byte) and its scanned range. */
    record Window(String text, byte[] bytes, int scanStart, int scanEnd) {
        /** A fresh ScanText each time, so no gate result is cached from a previous operation. */
        ScanText scanText() {
            return new ScanText(text, bytes, scanStart, scanEnd);
        }
    }

    /**
     * @param corpus {@code sparse}, the throughput corpus (one value per 2-10 KB), or {@code dense},
     *               the accuracy corpus (a value every hundred bytes or so)
     */
    Sample(String corpus, long size, long seed) {
        documents = switch (corpus) {
            case "sparse" -> new SparseCorpus(seed).generate(size);
            case "dense" -> new CorpusGenerator(seed).generate(size);
            default -> throw new IllegalArgumentException("corpus must be sparse or dense, not " + corpus);
        };
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Document d : documents) {
            all.writeBytes(d.content());
        }
        byte[] b = all.toByteArray();
        bytes = b.length;
        windows = new ArrayList<>();
        for (int scanStart = 0; scanStart < b.length; scanStart += CHUNK) {
            int from = Math.max(0, scanStart - KEEP);
            int scanEnd = Math.min(b.length, scanStart + CHUNK);
            int to = Math.min(b.length, scanEnd + LOOKAHEAD);
            byte[] w = new byte[to - from];
            System.arraycopy(b, from, w, 0, w.length);
            windows.add(new Window(new String(w, StandardCharsets.ISO_8859_1), w, scanStart - from, scanEnd - from));
        }
    }
}
