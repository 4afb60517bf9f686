package io.piiscanner.core.scan;

import io.piiscanner.core.format.FieldLocator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The field label of each byte of a window's scanned range, as the locator will give it when the
 * engine scores a candidate starting there: runs of bytes that share a label, read ahead once per
 * window. Tells where a field name supports a gated detector's rule, so that the detector reads
 * those values (and the text with a context word in reach) and nothing else.
 */
final class WindowLabels implements FieldLocator.LabelSink {

    private int[] starts = new int[64];
    private String[] labels = new String[64];
    private int count;
    private final int end;

    private WindowLabels(int end) {
        this.end = end;
    }

    /**
     * The labels of raw window bytes {@code [from, to)}, read ahead by {@code locator} standing at
     * {@code from}; null when the locator cannot tell.
     */
    static WindowLabels read(FieldLocator locator, byte[] buf, int from, int to) {
        WindowLabels labels = new WindowLabels(to);
        return locator.labelsAt(buf, from, to, labels) ? labels : null;
    }

    @Override
    public void label(int at, String label) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            labels = Arrays.copyOf(labels, count * 2);
        }
        starts[count] = at;
        labels[count] = label;
        count++;
    }

    /**
     * The raw spans whose field name supports the rule of {@code scorer}, decided as the scorer
     * decides it for a candidate there ({@link ContextScorer#supports} of the normalized label).
     */
    Spans supporting(ContextScorer scorer) {
        // Records repeat the same few names: each is normalized and tried once.
        Map<String, Boolean> supports = new HashMap<>();
        int[] spans = new int[16];
        int n = 0;
        for (int k = 0; k < count; k++) {
            String label = labels[k];
            if (label == null
                    || !supports.computeIfAbsent(label, l -> scorer.supports(ContextScorer.normalizeLabel(l)))) {
                continue;
            }
            int from = starts[k];
            int to = k + 1 < count ? starts[k + 1] : end;
            if (n > 0 && spans[n - 1] == from) {
                spans[n - 1] = to;
            } else if (from < to) {
                if (n == spans.length) {
                    spans = Arrays.copyOf(spans, n * 2);
                }
                spans[n++] = from;
                spans[n++] = to;
            }
        }
        return new Spans(Arrays.copyOf(spans, n));
    }

    /** Sorted, disjoint raw spans {@code [start0, end0, start1, end1, ...]}. */
    static final class Spans {
        /** No span at all. */
        static final Spans NONE = new Spans(new int[0]);

        private final int[] bounds;

        Spans(int[] bounds) {
            this.bounds = bounds;
        }

        /** Whether one of the spans shares a byte with {@code [from, to)}. */
        boolean overlaps(int from, int to) {
            // The last span starting before to is the only one that can reach past from.
            int lo = 0;
            int hi = bounds.length / 2 - 1;
            int last = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (bounds[2 * mid] < to) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return last >= 0 && bounds[2 * last + 1] > from;
        }

        boolean isEmpty() {
            return bounds.length == 0;
        }
    }
}
