package io.piiscanner.core.scan;

import io.piiscanner.core.format.FieldLocator;
import io.piiscanner.core.read.Content;
import io.piiscanner.core.read.Item;
import io.piiscanner.core.read.Location;
import io.piiscanner.core.read.Piece;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A run of a structure's pieces, scanned as one stream of text by a {@link WindowScanner}: each
 * piece on lines of its own, after a line break, so that no value and no context word runs from
 * one piece into the next, and with control characters read as spaces (text from a structure can
 * hold any). It is at once the stream the scanner reads, the locator that names each piece's field
 * and rejects a candidate running past a piece's end, and the map from a finding's place in the
 * run to its place in its piece.
 *
 * <p>A run ends at the end of the content, at an item that is no piece (kept as {@link #pending()}),
 * after {@link #MAX_PIECES} pieces, or once its text reaches {@link #MAX_BYTES}, which bounds what
 * it holds whatever the number and size of the pieces (a reader bounds a piece).
 */
final class PieceRun extends InputStream implements FieldLocator {

    /** Pieces per run, at most: a run keeps each of them until it is scanned. */
    static final int MAX_PIECES = 4096;
    /** Bytes of text after which a run takes no more pieces: it keeps each of them until it is scanned. */
    static final long MAX_BYTES = 1 << 20;

    private final Content content;
    private final UnaryOperator<String> maskName;
    private final List<Piece> pieces = new ArrayList<>();
    /** Offset in the run of each piece's first byte, and the run's line there. */
    private long[] starts = new long[64];

    private long[] lines = new long[64];
    private final Set<String> labels = new LinkedHashSet<>();
    private List<String> labelList = List.of();
    /** Pieces whose text has been read out, and what ended the run. */
    private int emitted;

    private Item pending;
    private boolean ended;

    /** The bytes of the piece being read out (with its leading line break), and how far. */
    private byte[] current = new byte[0];

    private int currentAt;
    private long produced;
    private long producedLines = 1;

    /** The piece holding the next byte the locator consumes, and that byte's offset. */
    private int at;

    private long consumed;
    private String shownField;
    private int shownFor = -1;

    PieceRun(Content content, Piece first, UnaryOperator<String> maskName) {
        this.content = content;
        this.maskName = maskName;
        add(first);
    }

    /** The item that ended this run, to handle before the next; {@code null} when the content ended. */
    Item pending() {
        return pending;
    }

    /** Whether the content has more after this run. */
    boolean more() {
        return pending != null || !ended;
    }

    // The stream.

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (currentAt == current.length) {
            if (!nextPiece()) {
                return -1;
            }
        }
        int n = Math.min(len, current.length - currentAt);
        System.arraycopy(current, currentAt, b, off, n);
        currentAt += n;
        return n;
    }

    /** Makes the next piece current; false when the run ends. */
    private boolean nextPiece() throws IOException {
        if (emitted == pieces.size()) {
            if (pieces.size() >= MAX_PIECES || produced >= MAX_BYTES || pending != null || ended) {
                return false;
            }
            Item item = content.next();
            if (item instanceof Piece piece) {
                add(piece);
            } else {
                pending = item;
                ended = item == null;
                return false;
            }
        }
        int i = emitted++;
        byte[] text = pieces.get(i).text().getBytes(StandardCharsets.UTF_8);
        current = new byte[text.length + 1];
        current[0] = '\n';
        for (int k = 0; k < text.length; k++) {
            byte c = text[k];
            // Control characters read as spaces; tabs and line breaks stay.
            current[k + 1] = c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? (byte) ' ' : c;
        }
        currentAt = 0;
        starts[i] = produced + 1;
        lines[i] = producedLines + 1;
        produced += current.length;
        for (byte c : current) {
            if (c == '\n') {
                producedLines++;
            }
        }
        return true;
    }

    private void add(Piece piece) {
        if (pieces.size() == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        pieces.add(piece);
        if (piece.label() != null && labels.add(piece.label())) {
            labelList = List.copyOf(labels);
        }
    }

    // The locator.

    @Override
    public void consume(byte[] buf, int from, int to) {
        consumed += to - from;
        while (at + 1 < emitted && starts[at + 1] <= consumed) {
            at++;
        }
    }

    @Override
    public String field() {
        if (shownFor != at) {
            String field = pieces.get(at).field();
            shownField = field == null ? null : maskName.apply(field);
            shownFor = at;
        }
        return shownField;
    }

    @Override
    public String fieldLabel() {
        return pieces.get(at).label();
    }

    @Override
    public boolean inQuotedValue() {
        return false;
    }

    @Override
    public boolean crossesBoundary(CharSequence text, int start, int end) {
        return consumed < starts[at] || consumed + (end - start) > starts[at] + length(at);
    }

    /** Every label of the run: its pieces are all read before the scanner looks at their window. */
    @Override
    public List<String> labelsAhead() {
        return labelList;
    }

    private long length(int i) {
        long next = i + 1 < emitted ? starts[i + 1] - 1 : produced;
        return next - starts[i];
    }

    // The map from the run to its pieces.

    /** The index in this run of the piece holding a finding of this run. */
    int pieceOf(Finding f) {
        return pieceAt(f.start());
    }

    /** A finding of this run at its place in its piece. */
    Finding inPiece(Finding f, String entry) {
        int i = pieceAt(f.start());
        Location location = shown(pieces.get(i).location());
        return f.at(
                f.start() - starts[i],
                f.end() - starts[i],
                f.line() - lines[i] + 1,
                f.column(),
                entry == null ? location : location.withEntry(entry));
    }

    /** A location with the sheet's name masked: a name is an output too. */
    private Location shown(Location l) {
        if (l.sheet() == null) {
            return l;
        }
        return new Location(
                l.entry(), l.part(), maskName.apply(l.sheet()), l.cell(), l.record(), l.row(), l.column(), l.page());
    }

    private int pieceAt(long offset) {
        int lo = 0;
        int hi = emitted - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
