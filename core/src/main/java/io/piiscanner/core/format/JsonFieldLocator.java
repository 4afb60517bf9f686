package io.piiscanner.core.format;

import io.piiscanner.core.swar.Swar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Follows the nesting of a JSON document (or of one document per line, for NDJSON) and names the
 * JSON path of the next byte, such as {@code $.customers[2].ssn}. Hand-written rather than a JSON
 * parser because it must see every byte offset of the raw input and never fail on bad input:
 * malformed JSON still gets scanned as text, just with less precise paths. Keys are shown in
 * paths masked, since a key can hold a value ({@code {"536-90-4399": {...}}}), and read for
 * context, in both cases with its escapes decoded.
 */
public final class JsonFieldLocator implements FieldLocator {

    static final int MAX_KEY_BYTES = 200;
    private static final int KEY_CACHE = 256;
    static final int MAX_DEPTH = 256;
    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private static final class Frame {
        final boolean array;
        long index;
        String key;
        boolean keyCut;

        Frame(boolean array) {
            this.array = array;
        }
    }

    private final boolean lines;
    private final UnaryOperator<String> maskName;
    private final List<Frame> stack = new ArrayList<>();
    private final byte[] keyBytes = new byte[MAX_KEY_BYTES];
    private int keyLength;
    private boolean keyCut;
    /** The keys this locator decoded. */
    private final KeyCache seenKeys;
    /**
     * The same for {@link #labelsAhead} and {@link #labelsAt}, which read every key of a window
     * before the locator does.
     */
    private final KeyCache aheadKeys;

    private int overflow;
    private boolean inString;
    private boolean escape;
    private boolean stringIsKey;
    private boolean expectKey;
    /** Set where {@link #fieldLabel()} may have changed: a key read, an object opened or closed, a new line. */
    private boolean labelMoved;

    /**
     * A locator that shows keys as written.
     *
     * @param lines true for NDJSON: every newline starts a new document
     */
    public JsonFieldLocator(boolean lines) {
        this(lines, UnaryOperator.identity());
    }

    /**
     * @param lines    true for NDJSON: every newline starts a new document
     * @param maskName masks the values a key holds, for {@link #field()}
     */
    public JsonFieldLocator(boolean lines, UnaryOperator<String> maskName) {
        this.lines = lines;
        this.maskName = maskName;
        this.seenKeys = new KeyCache();
        this.aheadKeys = new KeyCache();
    }

    /** A copy of {@code other} in its present state, to read ahead with; it decodes keys into {@code other}'s read-ahead cache. */
    private JsonFieldLocator(JsonFieldLocator other) {
        this.lines = other.lines;
        this.maskName = other.maskName;
        this.seenKeys = other.aheadKeys;
        this.aheadKeys = other.aheadKeys;
        for (Frame f : other.stack) {
            Frame copy = new Frame(f.array);
            copy.index = f.index;
            copy.key = f.key;
            copy.keyCut = f.keyCut;
            stack.add(copy);
        }
        System.arraycopy(other.keyBytes, 0, keyBytes, 0, other.keyLength);
        this.keyLength = other.keyLength;
        this.keyCut = other.keyCut;
        this.overflow = other.overflow;
        this.inString = other.inString;
        this.escape = other.escape;
        this.stringIsKey = other.stringIsKey;
        this.expectKey = other.expectKey;
    }

    /**
     * The keys of the frames open now and every string in {@code buf[from, to)} that this locator
     * could read as a key (one that opens where a key is expected: after a brace or a comma, with
     * no other structure between), read as it reads a key: the label of any byte there is one of
     * them. A quick pass that does not follow the nesting.
     */
    @Override
    public List<String> labelsAhead(byte[] buf, int from, int to) {
        Set<String> keys = new HashSet<>();
        for (Frame f : stack) {
            if (f.key != null) {
                keys.add(f.key);
            }
        }
        byte[] key = new byte[MAX_KEY_BYTES];
        // The string being read when the window starts: its key bytes so far, if it is a key.
        boolean string = inString;
        boolean isKey = inString && stringIsKey;
        int length = isKey ? keyLength : 0;
        System.arraycopy(keyBytes, 0, key, 0, length);
        boolean escaped = escape;
        boolean keyNext = expectKey;
        for (int i = from; i < to; i++) {
            if (string && !isKey && !escaped) {
                i = valueEnd(buf, i, to);
                if (i == to) {
                    break;
                }
            }
            byte b = buf[i];
            if (!string) {
                switch (b) {
                    case '{', ',' -> keyNext = true;
                    case '[', ']', '}', ':' -> keyNext = false;
                    case '"' -> {
                        string = true;
                        isKey = keyNext;
                        escaped = false;
                        length = 0;
                    }
                    case '\n' -> keyNext &= !lines;
                    default -> {
                        // Scalars and whitespace change nothing.
                    }
                }
            } else if (escaped || (b != '"' && (b != '\n' || !lines))) {
                escaped = !escaped && b == '\\';
                if (isKey && length < MAX_KEY_BYTES) {
                    key[length++] = b;
                }
            } else {
                string = false;
                keyNext = false;
                if (b == '"' && isKey) {
                    keys.add(aheadKeys.of(key, length));
                }
            }
        }
        return new ArrayList<>(keys);
    }

    /** Reads ahead with a copy of this locator, which follows the nesting exactly as this one will. */
    @Override
    public boolean labelsAt(byte[] buf, int from, int to, LabelSink sink) {
        JsonFieldLocator ahead = new JsonFieldLocator(this);
        sink.label(from, ahead.fieldLabel());
        ahead.read(buf, from, to, sink);
        return true;
    }

    @Override
    public void consume(byte[] buf, int from, int to) {
        read(buf, from, to, null);
    }

    /** Consumes {@code buf[from, to)}, telling {@code sink} (when not null) where the label may have changed. */
    private void read(byte[] buf, int from, int to, LabelSink sink) {
        for (int i = from; i < to; i++) {
            if (inString && !escape && !stringIsKey) {
                i = valueEnd(buf, i, to);
                if (i == to) {
                    return;
                }
            }
            byte b = buf[i];
            if (inString) {
                inString(b);
            } else {
                structural(b);
            }
            if (sink != null && labelMoved) {
                labelMoved = false;
                sink.label(i + 1, fieldLabel());
            }
        }
    }

    /**
     * The next byte from {@code i} that matters inside a string value: its closing quote, an
     * escape or a newline. Most bytes of JSON are inside values, so they are skipped eight at a time.
     */
    private static int valueEnd(byte[] buf, int i, int to) {
        return Swar.indexOfAny(buf, i, to, (byte) '"', (byte) '\\', (byte) '\n');
    }

    private void inString(byte b) {
        if (escape) {
            escape = false;
            appendKey(b);
        } else if (b == '\\') {
            escape = true;
            appendKey(b);
        } else if (b == '"') {
            inString = false;
            if (stringIsKey && !stack.isEmpty()) {
                Frame top = stack.get(stack.size() - 1);
                top.key = key();
                top.keyCut = keyCut;
                expectKey = false;
                labelMoved = true;
            }
        } else if (b == '\n' && lines) {
            reset();
        } else {
            appendKey(b);
        }
    }

    private void appendKey(byte b) {
        if (stringIsKey) {
            if (keyLength < MAX_KEY_BYTES) {
                keyBytes[keyLength++] = b;
            } else {
                keyCut = true;
            }
        }
    }

    private String key() {
        return seenKeys.of(keyBytes, keyLength);
    }

    /**
     * Keys decoded before (escapes included: <code>"card&#92;u005fnumber"</code> is {@code card_number}),
     * by a hash of their bytes: records repeat the same keys, so most keys are found here rather
     * than decoded into a new String each time.
     */
    private static final class KeyCache {
        private final byte[][] bytes = new byte[KEY_CACHE][];
        private final String[] keys = new String[KEY_CACHE];

        /** The key {@code key[0, length)} decoded, from the cache when it was seen before. */
        String of(byte[] key, int length) {
            int slot = 1;
            for (int i = 0; i < length; i++) {
                slot = 31 * slot + key[i];
            }
            slot &= KEY_CACHE - 1;
            byte[] seen = bytes[slot];
            if (seen != null && Arrays.equals(seen, 0, seen.length, key, 0, length)) {
                return keys[slot];
            }
            bytes[slot] = Arrays.copyOf(key, length);
            keys[slot] = JsonEscapes.decodeString(key, length);
            return keys[slot];
        }
    }

    private void structural(byte b) {
        switch (b) {
            case '{' -> push(false);
            case '[' -> push(true);
            case '}', ']' -> pop();
            case ',' -> {
                Frame top = top();
                if (top != null && overflow == 0) {
                    if (top.array) {
                        top.index++;
                    } else {
                        expectKey = true;
                    }
                }
            }
            case ':' -> expectKey = false;
            case '"' -> {
                inString = true;
                Frame top = top();
                stringIsKey = expectKey && top != null && !top.array && overflow == 0;
                keyLength = 0;
                keyCut = false;
            }
            case '\n' -> {
                if (lines) {
                    reset();
                }
            }
            default -> {
                // Scalars and whitespace do not change the structure.
            }
        }
    }

    private void push(boolean array) {
        if (stack.size() >= MAX_DEPTH) {
            overflow++;
            return;
        }
        stack.add(new Frame(array));
        expectKey = !array;
        labelMoved = true;
    }

    private void pop() {
        if (overflow > 0) {
            overflow--;
        } else if (!stack.isEmpty()) {
            stack.remove(stack.size() - 1);
        }
        expectKey = false;
        labelMoved = true;
    }

    private Frame top() {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private void reset() {
        labelMoved = true;
        stack.clear();
        overflow = 0;
        inString = false;
        escape = false;
        stringIsKey = false;
        expectKey = false;
    }

    @Override
    public String field() {
        if (stack.isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder("$");
        for (Frame f : stack) {
            if (f.array) {
                path.append('[').append(f.index).append(']');
            } else if (f.key != null) {
                String key = f.keyCut ? CutNames.shown(f.key, maskName) : maskName.apply(f.key);
                if (SIMPLE_KEY.matcher(key).matches()) {
                    path.append('.').append(key);
                } else {
                    path.append("['")
                            .append(key.replace("\\", "\\\\").replace("'", "\\'"))
                            .append("']");
                }
            }
        }
        if (overflow > 0) {
            path.append("...");
        }
        return path.toString();
    }

    @Override
    public String fieldLabel() {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Frame f = stack.get(i);
            if (!f.array) {
                return f.key;
            }
        }
        return null;
    }

    @Override
    public boolean inQuotedValue() {
        return inString;
    }

    @Override
    public boolean crossesBoundary(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
