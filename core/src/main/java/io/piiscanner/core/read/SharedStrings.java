package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * A workbook's shared strings table (the text of its cells, each string once) kept in temporary
 * files rather than in memory, so that a workbook of any number of strings is read in the same
 * memory: the strings back to back in UTF-8, and the offset where each starts. The files are
 * readable by their owner only and deleted when closed.
 *
 * <p>A workbook stores its strings in the order they first appear, so a sheet's cells mostly ask
 * for the string after the one before, and the same few strings (a status, a currency) again and
 * again. Reads therefore take {@link #WINDOW} bytes of offsets and of text at once, and short
 * strings are kept in a small cache by index: two positioned reads a cell took about a seventh
 * of a workbook's scan.
 */
final class SharedStrings implements Closeable {

    /** Characters of one string at most: Excel allows 32,767 in a cell. */
    static final int MAX_CHARS = 1 << 20;

    /**
     * Appends the text the parser is at to the text of a string, a cell or a comment, which may
     * hold at most {@link #MAX_CHARS} characters.
     *
     * @param what what holds the text, as the error names it ({@code a cell})
     */
    static void append(StringBuilder text, XMLStreamReader xml, String what) throws CorruptInputException {
        requireRoom(text, xml.getTextLength(), what);
        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
    }

    /** Appends a line break to the text of a piece, which counts toward its {@link #MAX_CHARS} as text does. */
    static void appendLineBreak(StringBuilder text, String what) throws CorruptInputException {
        requireRoom(text, 1, what);
        text.append('\n');
    }

    private static void requireRoom(StringBuilder text, int more, String what) throws CorruptInputException {
        if (text.length() + more > MAX_CHARS) {
            throw new CorruptInputException(
                    "Excel workbook: " + what + " holds more than " + MAX_CHARS + " characters");
        }
    }

    /** Bytes read from either file at once. */
    static final int WINDOW = 1 << 13;
    /** Strings kept by index, at most; a power of two. */
    private static final int CACHED = 1 << 10;
    /** Longer strings are not kept: the cache holds at most {@link #CACHED} of this many characters. */
    private static final int MAX_CACHED_CHARS = 64;

    private final FileChannel text;
    private final FileChannel offsets;
    private int count;
    private long textBytes;

    /** Offsets of the strings from {@link #offsetsFrom} on, as read last. */
    private final ByteBuffer offsetWindow = ByteBuffer.allocate(WINDOW);

    private int offsetsFrom;
    private int offsetsIn;
    /** Text from byte {@link #textFrom} of the text file on, as read last. */
    private final ByteBuffer textWindow = ByteBuffer.allocate(WINDOW);

    private long textFrom;
    /** Short strings by index, in the slot of the index's low bits; an empty slot's index is -1. */
    private final String[] cache = new String[CACHED];

    private final int[] cachedIndex = new int[CACHED];

    private SharedStrings(FileChannel text, FileChannel offsets) {
        this.text = text;
        this.offsets = offsets;
        Arrays.fill(cachedIndex, -1);
        offsetWindow.limit(0);
        textWindow.limit(0);
    }

    /** A table with no strings, for a workbook that has none. */
    static SharedStrings none() throws IOException {
        return new SharedStrings(temporary(), temporary());
    }

    /** Reads a shared strings part ({@code sst}: an {@code si} per string, its text in {@code t}, phonetic runs left out). */
    static SharedStrings read(OfficePackage.XmlPart part) throws IOException, XMLStreamException {
        SharedStrings table = none();
        XMLStreamReader xml = part.xml();
        try (part;
                Appender out = table.appender()) {
            StringBuilder string = new StringBuilder();
            int phonetic = 0;
            boolean inText = false;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        switch (xml.getLocalName()) {
                            case "si" -> string.setLength(0);
                            case "t" -> inText = true;
                            case "rPh" -> phonetic++;
                            default -> {}
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        switch (xml.getLocalName()) {
                            case "si" -> out.add(string.toString());
                            case "t" -> inText = false;
                            case "rPh" -> phonetic--;
                            default -> {}
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (inText && phonetic == 0) {
                            append(string, xml, "a shared string");
                        }
                    }
                    default -> {}
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            table.close();
            throw e;
        }
        return table;
    }

    /** Adds strings to the end of the table; closing it makes them readable. */
    Appender appender() {
        return new Appender();
    }

    /** Writes strings to the table's files, buffered until it is closed. */
    final class Appender implements Closeable {
        private final DataOutputStream textOut = stream(text);
        private final DataOutputStream offsetsOut = stream(offsets);

        /** Adds the next string. */
        void add(String string) throws IOException {
            offsetsOut.writeLong(textBytes);
            byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
            textOut.write(bytes);
            textBytes += bytes.length;
            count++;
        }

        @Override
        public void close() throws IOException {
            try (textOut) {
                offsetsOut.close();
            }
        }
    }

    /** How many strings the table holds. */
    int size() {
        return count;
    }

    /** The string at a 0-based index. */
    String get(int index) throws IOException {
        if (index < 0 || index >= count) {
            throw new CorruptInputException("Excel workbook: a cell refers to shared string " + index + " of " + count);
        }
        int slot = index & (CACHED - 1);
        if (cachedIndex[slot] == index) {
            return cache[slot];
        }
        long start = offset(index);
        int length = (int) ((index + 1 == count ? textBytes : offset(index + 1)) - start);
        String string;
        if (length > WINDOW) {
            ByteBuffer bytes = ByteBuffer.allocate(length);
            readFully(text, bytes, start);
            string = new String(bytes.array(), StandardCharsets.UTF_8);
        } else {
            if (start < textFrom || start + length > textFrom + textWindow.limit()) {
                textFrom = start;
                fill(text, textWindow, start, Math.min(WINDOW, textBytes - start));
            }
            string = new String(textWindow.array(), (int) (start - textFrom), length, StandardCharsets.UTF_8);
        }
        if (string.length() <= MAX_CACHED_CHARS) {
            cache[slot] = string;
            cachedIndex[slot] = index;
        }
        return string;
    }

    /** Where a string starts in the text file. */
    private long offset(int index) throws IOException {
        if (index < offsetsFrom || index >= offsetsFrom + offsetsIn) {
            offsetsFrom = index;
            offsetsIn = Math.min(WINDOW / 8, count - index);
            fill(offsets, offsetWindow, (long) index * 8, offsetsIn * 8L);
        }
        return offsetWindow.getLong((index - offsetsFrom) * 8);
    }

    /** Reads a window's bytes from a position of a file. */
    private static void fill(FileChannel channel, ByteBuffer window, long position, long bytes) throws IOException {
        window.clear().limit((int) bytes);
        readFully(channel, window, position);
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("temporary file ended early");
            }
        }
    }

    private static FileChannel temporary() throws IOException {
        Path file = Files.createTempFile("pii-scanner-", ".strings");
        try {
            // DELETE_ON_CLOSE: the name goes when the channel closes, whatever happens after.
            return FileChannel.open(
                    file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Buffered writes to a channel, left open when the stream is closed. */
    private static DataOutputStream stream(FileChannel channel) {
        return new DataOutputStream(
                new BufferedOutputStream(CloseShieldOutputStream.wrap(Channels.newOutputStream(channel)), 1 << 16));
    }

    @Override
    public void close() throws IOException {
        try (text;
                offsets) {
            count = 0;
        }
    }
}
