package io.piiscanner.core.read;

import java.util.Arrays;

/**
 * The glyphs shown on a page, to tell a glyph drawn again over one already shown (a fake bold, a
 * shadow): PDFBox's rule for duplicate overlapping text, with the same answers on a page within the
 * limit below. A glyph duplicates one shown with the same text whose position lies within its
 * tolerance, {@code [x - t, x + t)} and {@code [y - t, y + t)}, compared as {@link Float#compare}
 * does. Where PDFBox's sorted map would throw, failing the document (an infinite tolerance at an
 * infinite position, the range's start after its end), the range holds no glyph.
 *
 * <p>Hand-written on a measured hot path: PDFBox keeps a sorted map of boxed floats per text and
 * allocates views of it for every glyph, about half of the time of reading a PDF (bench/README.md).
 * Here glyphs are chained in square cells of {@value #CELL} points, found through an open-addressing
 * table of primitive keys, so that a glyph of body text looks at one to four cells of a glyph or two
 * each. A tolerance that spans more cells than the page has glyphs looks at every glyph instead.
 *
 * <p>Glyphs piled in a few cells (a hostile page of text a thousandth of a point high) would have
 * each glyph look at every other: after {@value #LOOKS_PER_GLYPH} looks a glyph on average, the rest
 * of the page is shown whole, so that a page costs time in proportion to its glyphs. Its text is
 * then all there, a glyph drawn twice read twice.
 */
final class OverlappingGlyphs {

    /** Side of a cell, in points: a glyph of 8 to 12 points has a tolerance of 1 to 4. */
    private static final float CELL = 8f;

    /** Looks at a glyph shown a page may take for each glyph it draws; body text takes one to four. */
    static final int LOOKS_PER_GLYPH = 256;

    /** Slots of the table of cells for a page of a few thousand glyphs; a larger page's table is dropped after it. */
    private static final int SLOTS = 1 << 12;

    private long[] cellKeys = new long[SLOTS];
    /** For each slot, the index + 1 of the latest glyph of its cell; 0 for a free slot. */
    private int[] cellHeads = new int[SLOTS];

    private int cells;

    private String[] texts = new String[SLOTS];
    private float[] xs = new float[SLOTS];
    private float[] ys = new float[SLOTS];
    /** For each glyph, the index + 1 of the glyph before it in its cell; 0 for the first. */
    private int[] before = new int[SLOTS];

    private int glyphs;

    /** Glyphs drawn on the page, shown or not. */
    private long drawn;

    private long looks;

    /** Whether the page took its looks: its other glyphs are all shown. */
    private boolean spent;

    /**
     * Shows the glyph unless it duplicates one shown.
     *
     * @return true if shown, false if it duplicates a glyph shown with the same text
     */
    boolean show(String text, float x, float y, float tolerance) {
        if (spent || looks > ++drawn * LOOKS_PER_GLYPH) {
            spent = true;
            return true;
        }
        if (duplicates(text, x - tolerance, x + tolerance, y - tolerance, y + tolerance)) {
            return false;
        }
        add(text, x, y);
        return true;
    }

    /** Forgets every glyph: the next page starts. */
    void clear() {
        Arrays.fill(texts, 0, glyphs, null);
        glyphs = 0;
        cells = 0;
        drawn = 0;
        looks = 0;
        spent = false;
        if (cellHeads.length > SLOTS) {
            cellKeys = new long[SLOTS];
            cellHeads = new int[SLOTS];
        } else {
            Arrays.fill(cellHeads, 0);
        }
    }

    private boolean duplicates(String text, float fromX, float toX, float fromY, float toY) {
        if (!(Float.isFinite(fromX) && Float.isFinite(toX) && Float.isFinite(fromY) && Float.isFinite(toY))) {
            return anyOf(text, fromX, toX, fromY, toY);
        }
        int x0 = cell(fromX);
        int x1 = cell(toX);
        int y0 = cell(fromY);
        int y1 = cell(toY);
        long width = (long) x1 - x0 + 1;
        long height = (long) y1 - y0 + 1;
        if (width > glyphs || height > glyphs || width * height > glyphs) {
            return anyOf(text, fromX, toX, fromY, toY);
        }
        looks += width * height;
        // Counted in longs: a last cell of Integer.MAX_VALUE would wrap an int around.
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                for (int g = cellHeads[slot(key((int) cx, (int) cy))]; g != 0; g = before[g - 1]) {
                    if (matches(g - 1, text, fromX, toX, fromY, toY)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether any glyph shown matches, those at an infinite or undefined position (in no cell) too. */
    private boolean anyOf(String text, float fromX, float toX, float fromY, float toY) {
        for (int g = 0; g < glyphs; g++) {
            if (matches(g, text, fromX, toX, fromY, toY)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(int g, String text, float fromX, float toX, float fromY, float toY) {
        looks++;
        return within(xs[g], fromX, toX) && within(ys[g], fromY, toY) && texts[g].equals(text);
    }

    /** {@code [from, to)} as a sorted map of floats has it: -0.0 before 0.0, NaN after all. */
    private static boolean within(float v, float from, float to) {
        return Float.compare(from, v) <= 0 && Float.compare(v, to) < 0;
    }

    private void add(String text, float x, float y) {
        if (glyphs == texts.length) {
            int size = glyphs * 2;
            texts = Arrays.copyOf(texts, size);
            xs = Arrays.copyOf(xs, size);
            ys = Arrays.copyOf(ys, size);
            before = Arrays.copyOf(before, size);
        }
        int g = glyphs++;
        texts[g] = text;
        xs[g] = x;
        ys[g] = y;
        before[g] = 0;
        if (Float.isFinite(x) && Float.isFinite(y)) {
            long key = key(cell(x), cell(y));
            int s = slot(key);
            if (cellHeads[s] == 0) {
                cellKeys[s] = key;
                cells++;
            }
            before[g] = cellHeads[s];
            cellHeads[s] = g + 1;
            if (cells * 2 > cellKeys.length) {
                grow();
            }
        }
    }

    /** The slot of a cell: its own, or the free one where it would go. */
    private int slot(long key) {
        int mask = cellKeys.length - 1;
        int s = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        while (cellHeads[s] != 0 && cellKeys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private void grow() {
        long[] oldKeys = cellKeys;
        int[] oldHeads = cellHeads;
        cellKeys = new long[oldKeys.length * 2];
        cellHeads = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != 0) {
                int s = slot(oldKeys[i]);
                cellKeys[s] = oldKeys[i];
                cellHeads[s] = oldHeads[i];
            }
        }
    }

    /** A coordinate's cell; ordered as the coordinates are (the cast saturates), so a range covers its cells. */
    private static int cell(float v) {
        return (int) Math.floor(v / CELL);
    }

    private static long key(int cx, int cy) {
        return (long) cx << 32 | cy & 0xffffffffL;
    }
}
