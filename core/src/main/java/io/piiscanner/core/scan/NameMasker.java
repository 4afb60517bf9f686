package io.piiscanner.core.scan;

import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.format.NoFieldLocator;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Masks the personal data a name holds: a CSV column, a JSON key, a file, folder or object name.
 * Names are outputs too, and whoever chose one may have put a card number in it.
 *
 * <p>A name is scanned twice with the engine's detectors: as written, and with dots, underscores
 * and the dashes that join words read as spaces, so that a value joined to a word or followed by an
 * extension ({@code card-4111111111111111.csv}, {@code incoming/536-90-4399.json}) is found as it
 * would be between spaces (a dash between two digits stays: it groups a number); path separators ({@code /}, {@code \}) read as line breaks in that pass, so that
 * it joins no two folder names into one value. Whatever either pass finds is masked as the
 * detector masks the value, in place: {@code incoming/************1111.csv}. A name too long for
 * one window is no name; its letters and digits are all masked.
 *
 * <p>Thread-safe. Names repeat (the same keys in every record, the same folders in every path),
 * so masked names are cached, a bounded number of short ones.
 */
public final class NameMasker {

    /** Names cached at most; the cache starts again when full. */
    static final int MAX_CACHED = 4096;
    /** Longer names are masked each time they are asked for, so the cache stays a few MB at most. */
    static final int MAX_CACHED_LENGTH = 512;

    private final PreparedDetectors detectors;
    private final double minConfidence;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    NameMasker(PreparedDetectors detectors, double minConfidence) {
        this.detectors = detectors;
        this.minConfidence = minConfidence;
    }

    /** The name with every value it holds masked; the name itself when it holds none; null stays null. */
    public String mask(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        String masked = cache.get(name);
        if (masked == null) {
            masked = maskUncached(name);
            if (name.length() <= MAX_CACHED_LENGTH) {
                if (cache.size() >= MAX_CACHED) {
                    cache.clear();
                }
                cache.put(name, masked);
            }
        }
        return masked;
    }

    /** How many masked names the cache holds. */
    int cached() {
        return cache.size();
    }

    private String maskUncached(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > WindowScanner.CHUNK) {
            return Masks.all(name);
        }
        byte[] out = bytes.clone();
        hide(bytes, out);
        hide(separated(bytes), out);
        return new String(out, StandardCharsets.UTF_8);
    }

    /**
     * The name with path separators as line breaks, joining punctuation as spaces and each file
     * extension blanked: the same length, so offsets match the name's. An extension is no word of
     * the name: {@code .zip} must not read as the negative context "zip" (a postal code) next to
     * an SSN in {@code 536-90-4399.zip}.
     */
    private static byte[] separated(byte[] name) {
        byte[] text = name.clone();
        blankExtensions(text);
        for (int i = 0; i < text.length; i++) {
            switch (text[i]) {
                case '/', '\\' -> text[i] = '\n';
                case '.', '_' -> text[i] = ' ';
                case '-' -> {
                    if (!(isDigitAt(name, i - 1) && isDigitAt(name, i + 1))) {
                        text[i] = ' ';
                    }
                }
                default -> {
                    // Everything else reads as written.
                }
            }
        }
        return text;
    }

    /** Spaces over the last extension of each path segment: 1 to 5 letters or digits after a dot that is not its first byte. */
    private static void blankExtensions(byte[] text) {
        int end = text.length;
        for (int i = text.length - 1; i >= -1; i--) {
            if (i < 0 || text[i] == '/' || text[i] == '\\') {
                int dot = end - 1;
                while (dot > i + 1 && isAsciiAlphanumeric(text[dot])) {
                    dot--;
                }
                if (dot > i + 1 && text[dot] == '.' && end - dot - 1 >= 1 && end - dot - 1 <= 5) {
                    java.util.Arrays.fill(text, dot + 1, end, (byte) ' ');
                }
                end = i;
            }
        }
    }

    private static boolean isDigitAt(byte[] b, int i) {
        return i >= 0 && i < b.length && b[i] >= '0' && b[i] <= '9';
    }

    /** Sets to {@link Masks#MASK} every byte of {@code out} that the mask of a value found in {@code text} hides. */
    private void hide(byte[] text, byte[] out) {
        WindowScanner scanner =
                new WindowScanner("name", detectors, minConfidence, null, NoFieldLocator.INSTANCE, false);
        for (WindowScanner.Emitted e : scanner.scanWhole(text)) {
            Finding f = e.finding();
            int start = (int) f.start();
            int end = (int) f.end();
            byte[] masked = f.masked().getBytes(StandardCharsets.UTF_8);
            boolean aligned = masked.length == end - start;
            for (int i = start; i < end; i++) {
                if (aligned ? masked[i - start] != text[i] : isAsciiAlphanumeric(text[i])) {
                    out[i] = (byte) Masks.MASK;
                }
            }
        }
    }

    private static boolean isAsciiAlphanumeric(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }
}
