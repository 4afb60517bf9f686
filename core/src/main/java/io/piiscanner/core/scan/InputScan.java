package io.piiscanner.core.scan;

import io.piiscanner.core.format.Compression;
import io.piiscanner.core.format.CorruptInputException;
import io.piiscanner.core.format.Damage;
import io.piiscanner.core.format.DecompressionBombException;
import io.piiscanner.core.format.DecompressionGuard;
import io.piiscanner.core.format.FieldLocator;
import io.piiscanner.core.format.FormatDetector;
import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.format.SourceException;
import io.piiscanner.core.format.SourceStream;
import io.piiscanner.core.read.Content;
import io.piiscanner.core.read.CountedInput;
import io.piiscanner.core.read.Entry;
import io.piiscanner.core.read.FormatReader;
import io.piiscanner.core.read.FormatRedactor;
import io.piiscanner.core.read.Item;
import io.piiscanner.core.read.Location;
import io.piiscanner.core.read.Piece;
import io.piiscanner.core.read.RandomAccessInput;
import io.piiscanner.core.read.ReadLimits;
import io.piiscanner.core.read.ReaderInput;
import io.piiscanner.core.read.SkippedEntry;
import io.piiscanner.core.read.SpooledInput;
import io.piiscanner.core.read.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One scan of one input, structure and all: peels compression off (gzip, bzip2, xz, zstd),
 * recognises the format, scans text with a {@link WindowScanner} and its {@link FieldLocator}, and
 * reads any other format with its {@link FormatReader}: its pieces scanned as {@link PieceRun}s,
 * its entries scanned as inputs of their own, recursively, within the engine's {@link ReadLimits}.
 *
 * <p>What goes wrong is kept to the smallest part it concerns: a member that cannot be read is a
 * skipped entry, damage in a member fails the input but the other members are still read, and
 * only limits of the whole input (a decompression bomb, too many entries) or an error reading the
 * input itself end the scan. Names of entries and messages are masked before they are kept.
 */
final class InputScan {

    private static final int IO_BUFFER = 1 << 16;

    private final PreparedDetectors detectors;
    private final double minConfidence;
    private final Fingerprinter fingerprinter;
    private final NameMasker names;
    private final ReadLimits limits;
    private final DecompressionGuard.Budget budget;
    private final String path;
    private final FindingListener listener;
    /** Where a redacted copy goes, or {@code null} when scanning. */
    private final OutputStream redactTo;

    private Redactor redactor;

    private final Map<String, Long> byType = new TreeMap<>();
    private final List<ScanOutcome.SkippedEntry> skippedEntries = new ArrayList<>();
    private long findings;
    private long bytes;
    private long entries;
    private String skip;
    private String failure;
    private int failures;
    /** NUL bytes in the text scanned: text may hold a few, which the outcome notes. */
    private long nulBytes;
    /** The error that stopped reading the input partway, after findings were reported; or null. */
    private IOException readError;

    InputScan(
            PreparedDetectors detectors,
            double minConfidence,
            Fingerprinter fingerprinter,
            NameMasker names,
            ReadLimits limits,
            String path,
            FindingListener listener,
            OutputStream redactTo) {
        this.detectors = detectors;
        this.minConfidence = minConfidence;
        this.fingerprinter = fingerprinter;
        this.names = names;
        this.limits = limits;
        this.budget =
                new DecompressionGuard.Budget(limits.maxDecompressedBytes(), limits.maxRatio(), limits.ratioFloor());
        this.path = path;
        this.listener = listener;
        this.redactTo = redactTo;
    }

    ScanOutcome run(InputSource source) throws IOException {
        long t0 = System.nanoTime();
        try (InputStream raw = source.opener().get()) {
            scan(new SourceStream(raw, budget), source.path(), source.format(), null, 0, source.randomAccess());
        } catch (DecompressionBombException e) {
            // A limit of the whole input: the rest is not read. Met before anything was scanned, the
            // input is skipped; after, what was found before it stands and the input failed.
            if (bytes == 0 && findings == 0) {
                skip = names.mask(e.getMessage());
            } else {
                failed(null, names.mask(e.getMessage()));
            }
        } catch (SourceException e) {
            throw e.original();
        } catch (ListenerFailure e) {
            throw (RuntimeException) e.getCause();
        }
        if (skip == null && failure == null && bytes == 0 && !skippedEntries.isEmpty()) {
            // Nothing was read: every member was skipped, as in an encrypted archive.
            ScanOutcome.SkippedEntry first = skippedEntries.get(0);
            skip = skippedEntries.size() == 1
                    ? first.entry() + ": " + first.reason()
                    : "no entry could be read (" + first.entry() + ": " + first.reason() + ", and "
                            + (skippedEntries.size() - 1) + " more)";
        }
        if (redactor != null && skip == null && failure == null) {
            redactor.finish();
        }
        String failed = failures > 1
                ? failure + " (and " + (failures - 1) + " more " + (failures == 2 ? "failure)" : "failures)")
                : failure;
        ScanOutcome outcome = new ScanOutcome(
                path,
                bytes,
                findings,
                Collections.unmodifiableMap(byType),
                skip,
                failed,
                System.nanoTime() - t0,
                notes(nulBytes),
                skippedEntries);
        if (readError != null) {
            throw new PartialReadException(outcome, readError instanceof SourceException e ? e.original() : readError);
        }
        return outcome;
    }

    /** What a user should know of an input that was scanned: that it held NUL bytes, read as text. */
    private static List<String> notes(long nulBytes) {
        if (nulBytes == 0) {
            return List.of();
        }
        return List.of("scanned as text despite " + nulBytes + (nulBytes == 1 ? " NUL byte" : " NUL bytes"));
    }

    /**
     * Scans content at a depth: its compression peeled off, then as its format.
     *
     * @param name     the raw name, for its extension
     * @param declared the format the caller gave, or {@code null} to recognise it
     * @param entry    the masked entry path, or {@code null} for the input itself
     * @param file     random access to the same bytes, or {@code null}
     */
    private void scan(
            InputStream in,
            String name,
            InputFormat declared,
            String entry,
            int depth,
            IoSupplier<RandomAccessInput> file)
            throws IOException {
        Head head = Head.read(in);
        Compression compression = Compression.of(head.bytes, head.length);
        if (compression != null) {
            if (tooDeep(entry, depth)) {
                return;
            }
            InputStream decompressed = new DecompressionGuard(compression.open(head.stream()), budget);
            scan(decompressed, Compression.stripExtension(name), declared, entry, depth + 1, null);
            return;
        }
        InputFormat format = declared != null ? declared : FormatDetector.detect(head.bytes, head.length, name);
        if (format.text()) {
            scanText(head.stream(), format, entry);
            return;
        }
        FormatReader reader = FormatReaders.forFormat(format);
        if (redactTo != null) {
            FormatRedactor redactor = FormatReaders.redactorFor(format);
            if (redactor == null) {
                skip = article(format.description()) + "; only text formats and Parquet files can be redacted yet";
            } else if (!tooDeep(entry, depth)) {
                rewrite(redactor, format, head.stream(), entry, depth, file);
            }
        } else if (reader == null) {
            skipped(entry, format.description() + ": reading it is not supported yet");
        } else if (!tooDeep(entry, depth)) {
            read(reader, format, head.stream(), entry, depth, file);
        }
    }

    private static String article(String description) {
        return ("aeiouAEIOU".indexOf(description.charAt(0)) >= 0 ? "an " : "a ") + description;
    }

    /** Whether a container at {@code depth} would hold its contents too deep; if so, it is skipped. */
    private boolean tooDeep(String entry, int depth) {
        if (depth + 1 > limits.maxDepth()) {
            skipped(entry, "archives and compressed streams nested more than " + limits.maxDepth() + " deep");
            return true;
        }
        return false;
    }

    private void scanText(InputStream in, InputFormat format, String entry) throws IOException {
        boolean json = format == InputFormat.JSON || format == InputFormat.NDJSON;
        WindowScanner scanner = new WindowScanner(
                path, detectors, minConfidence, fingerprinter, FieldLocator.forFormat(format, names::mask), json);
        WindowScanner.WindowListener target;
        if (redactTo != null) {
            redactor = new Redactor(redactTo, format, listener);
            target = redactor;
        } else {
            target = (buf, s, e, base, found) -> {
                for (WindowScanner.Emitted f : found) {
                    report(entry == null ? f.finding() : inEntry(f.finding(), entry));
                }
            };
        }
        WindowScanner.Run run = scanner.run(in, counting(target));
        bytes += run.bytes();
        nulBytes += run.nulBytes();
        if (run.readError() != null && readError == null) {
            readError = run.readError();
        }
        if (run.skipReason() != null) {
            skipped(entry, run.skipReason());
        }
        if (run.failure() != null) {
            failed(entry, run.failure());
        }
    }

    /** Passes a finding on; what the listener throws is the caller's, not this input's damage. */
    private void report(Finding f) {
        try {
            listener.onFinding(f);
        } catch (RuntimeException e) {
            throw new ListenerFailure(e);
        }
    }

    /** An exception of the listener, carried through the reading of a structure untouched. */
    private static final class ListenerFailure extends RuntimeException {
        ListenerFailure(RuntimeException cause) {
            super(cause);
        }
    }

    private static Finding inEntry(Finding f, String entry) {
        return f.at(f.start(), f.end(), f.line(), f.column(), Location.entry(entry));
    }

    private WindowScanner.WindowListener counting(WindowScanner.WindowListener target) {
        return (buf, s, e, base, found) -> {
            for (WindowScanner.Emitted f : found) {
                byType.merge(f.finding().type(), 1L, Long::sum);
                findings++;
            }
            target.window(buf, s, e, base, found);
        };
    }

    /** Reads a structure item by item; damage stops it, after what was read before. */
    private void read(
            FormatReader reader,
            InputFormat format,
            InputStream in,
            String entry,
            int depth,
            IoSupplier<RandomAccessInput> file)
            throws IOException {
        RandomAccessInput random = reader.randomAccess() ? randomAccess(in, file) : null;
        ReaderInput input = new ReaderInput(random == null ? in : null, random, limits, budget);
        structure(entry, format, () -> {
            try (Content content = open(reader, input)) {
                Item item = content.next();
                while (item != null) {
                    if (item instanceof Piece piece) {
                        item = scanPieces(content, piece, entry);
                        continue;
                    }
                    if (item instanceof SkippedEntry s) {
                        skipped(join(entry, s.name()), s.reason());
                    } else if (item instanceof Entry e
                            && !scanEntry(e, format, join(entry, e.name()), depth)
                            && !reader.randomAccess()) {
                        // A streamed archive damaged inside a member is damaged from there on: reported once.
                        return;
                    }
                    item = content.next();
                }
            }
        });
    }

    /** Writes a redacted copy of a structure; damage stops it, and the copy is then not whole. */
    private void rewrite(
            FormatRedactor redactor,
            InputFormat format,
            InputStream in,
            String entry,
            int depth,
            IoSupplier<RandomAccessInput> file)
            throws IOException {
        ReaderInput input = new ReaderInput(null, randomAccess(in, file), limits, budget);
        structure(entry, format, () -> {
            try (RandomAccessInput random = input.file()) {
                redactor.redact(input, redactTo, this::maskPieces, names::mask);
            }
        });
    }

    /** Reading or rewriting a structure, which may end in a skip or a failure of its entry. */
    @FunctionalInterface
    private interface StructureWork {
        void run() throws IOException;
    }

    /**
     * Runs work on a structure: content that cannot be read skips the entry, damage fails it after
     * what was read before, and what must stop the whole input (a bomb, the source failing, the
     * listener failing) passes through.
     */
    private void structure(String entry, InputFormat format, StructureWork work) throws IOException {
        try {
            work.run();
        } catch (UnreadableInputException e) {
            skipped(entry, names.mask(e.getMessage()));
        } catch (DecompressionBombException | SourceException | ListenerFailure e) {
            throw e;
        } catch (CorruptInputException e) {
            failed(entry, names.mask(e.getMessage()));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            failed(entry, damage(format, e));
        }
    }

    /**
     * Scans a batch of pieces for a {@link FormatRedactor}, reporting each finding, and returns
     * each piece's text with its findings masked.
     */
    private List<String> maskPieces(List<Piece> pieces) throws IOException {
        Iterator<Piece> rest = pieces.subList(1, pieces.size()).iterator();
        Content batch = new Content() {
            @Override
            public Item next() {
                return rest.hasNext() ? rest.next() : null;
            }

            @Override
            public void close() {
                // Nothing held.
            }
        };
        PieceRun run = new PieceRun(batch, pieces.get(0), names::mask);
        List<List<Finding>> found = new ArrayList<>(Collections.nCopies(pieces.size(), null));
        WindowScanner scanner = new WindowScanner(path, detectors, minConfidence, fingerprinter, run, false);
        WindowScanner.Run result = scanner.run(run, counting((buf, s, e, base, emitted) -> {
            for (WindowScanner.Emitted f : emitted) {
                int i = run.pieceOf(f.finding());
                Finding located = run.inPiece(f.finding(), null);
                report(located);
                if (found.get(i) == null) {
                    found.set(i, new ArrayList<>());
                }
                found.get(i).add(located);
            }
        }));
        bytes += result.bytes();
        if (result.failure() != null) {
            throw new CorruptInputException(result.failure());
        }
        List<String> masked = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            String text = pieces.get(i).text();
            masked.add(found.get(i) == null ? text : Redactor.mask(text, found.get(i)));
        }
        return masked;
    }

    /**
     * Opens the content; when the reader fails to, closes the random access input it was given
     * (a temporary copy is deleted then), which the content would have closed.
     */
    private static Content open(FormatReader reader, ReaderInput input) throws IOException {
        try {
            return reader.open(input);
        } catch (IOException | RuntimeException e) {
            if (input.file() != null) {
                input.file().close();
            }
            throw e;
        }
    }

    /** Random access to the content: the input's own when it was not decompressed, else a temporary copy. */
    private RandomAccessInput randomAccess(InputStream in, IoSupplier<RandomAccessInput> file) throws IOException {
        if (file != null) {
            try {
                return new CountedInput(file.get(), budget);
            } catch (IOException e) {
                throw new SourceException(e);
            }
        }
        return SpooledInput.spool(in, budget.remaining());
    }

    /** Scans a run of pieces; returns the item after it. */
    private Item scanPieces(Content content, Piece first, String entry) throws IOException {
        PieceRun run = new PieceRun(content, first, names::mask);
        Item next = first;
        while (next instanceof Piece) {
            WindowScanner scanner = new WindowScanner(path, detectors, minConfidence, fingerprinter, run, false);
            PieceRun current = run;
            WindowScanner.Run result = scanner.run(run, counting((buf, s, e, base, found) -> {
                for (WindowScanner.Emitted f : found) {
                    report(current.inPiece(f.finding(), entry));
                }
            }));
            bytes += result.bytes();
            if (result.failure() != null) {
                failed(entry, result.failure());
                return null;
            }
            next = run.pending();
            if (next == null && run.more()) {
                Item item = content.next();
                if (item instanceof Piece piece) {
                    run = new PieceRun(content, piece, names::mask);
                }
                next = item;
            }
        }
        return next;
    }

    /**
     * Scans an entry as an input of its own; what goes wrong in it stays with it.
     *
     * @return false when the container itself was found damaged while the entry was read
     */
    private boolean scanEntry(Entry e, InputFormat container, String entry, int depth) throws IOException {
        if (++entries > limits.maxEntries()) {
            throw new DecompressionBombException("archive bomb guard: more than " + limits.maxEntries() + " entries");
        }
        Damaged content = new Damaged(e.content(), container);
        try {
            scan(content, e.name(), null, entry, depth + 1, null);
        } catch (UnreadableInputException x) {
            skipped(entry, names.mask(x.getMessage()));
        } catch (DecompressionBombException | SourceException x) {
            throw x;
        } catch (CorruptInputException x) {
            failed(entry, names.mask(x.getMessage()));
        }
        return !content.damaged;
    }

    private String join(String entry, String name) {
        String shown = names.mask(name);
        return entry == null ? shown : entry + "!/" + shown;
    }

    private void skipped(String entry, String reason) {
        if (entry == null) {
            skip = reason;
        } else {
            skippedEntries.add(new ScanOutcome.SkippedEntry(entry, reason));
        }
    }

    private void failed(String entry, String reason) {
        failures++;
        if (failure == null) {
            failure = entry == null ? reason : entry + ": " + reason;
        }
    }

    private static String damage(InputFormat format, Throwable e) {
        return Damage.describe(format.description(), e);
    }

    /** The first bytes of content, read ahead to recognise it, and the content from its start again. */
    private static final class Head {
        final byte[] bytes = new byte[FormatDetector.HEAD_BYTES];
        int length;
        private InputStream rest;
        private CorruptInputException damage;

        static Head read(InputStream in) throws IOException {
            Head head = new Head();
            head.rest = in;
            try {
                int n;
                while (head.length < head.bytes.length
                        && (n = in.read(head.bytes, head.length, head.bytes.length - head.length)) > 0) {
                    head.length += n;
                }
            } catch (CorruptInputException e) {
                // Scanned up to the damage, then reported, as for any content.
                head.damage = e;
            }
            return head;
        }

        InputStream stream() {
            return new ReplayStream(bytes, length, rest, damage);
        }
    }

    /** Head bytes, then the rest of the stream; or the damage met while reading the head. */
    private static final class ReplayStream extends InputStream {
        private final byte[] head;
        private final int length;
        private final InputStream rest;
        private final CorruptInputException damage;
        private int at;

        ReplayStream(byte[] head, int length, InputStream rest, CorruptInputException damage) {
            this.head = head;
            this.length = length;
            this.rest = new java.io.BufferedInputStream(rest, IO_BUFFER);
            this.damage = damage;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at < length) {
                int n = Math.min(len, length - at);
                System.arraycopy(head, at, b, off, n);
                at += n;
                return n;
            }
            if (damage != null) {
                throw damage;
            }
            return rest.read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            rest.close();
        }
    }

    /**
     * An entry's bytes, with the archive's errors while reading them reported as damage of the
     * archive, so that the entry is scanned up to them and then reported failed.
     */
    private static final class Damaged extends java.io.FilterInputStream {
        private final InputFormat container;
        private boolean damaged;

        Damaged(InputStream in, InputFormat container) {
            super(in);
            this.container = container;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (DecompressionBombException
                    | SourceException
                    | CorruptInputException
                    | UnreadableInputException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                damaged = true;
                throw new CorruptInputException(damage(container, e));
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (DecompressionBombException
                    | SourceException
                    | CorruptInputException
                    | UnreadableInputException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                damaged = true;
                throw new CorruptInputException(damage(container, e));
            }
        }
    }
}
