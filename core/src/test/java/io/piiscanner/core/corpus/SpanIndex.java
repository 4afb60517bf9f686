package io.piiscanner.core.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/** Finds the items whose byte span overlaps a given span, in one document. */
final class SpanIndex<T> {

    private final List<T> items;
    private final long[] starts;
    private final ToLongFunction<T> end;
    private final long longest;

    SpanIndex(List<T> items, ToLongFunction<T> start, ToLongFunction<T> end) {
        this.items = new ArrayList<>(items);
        this.items.sort(Comparator.comparingLong(start));
        this.starts = this.items.stream().mapToLong(start).toArray();
        this.end = end;
        this.longest = this.items.stream()
                .mapToLong(t -> end.applyAsLong(t) - start.applyAsLong(t))
                .max()
                .orElse(0);
    }

    /** Items overlapping [from, to), by start. */
    List<T> overlapping(long from, long to) {
        List<T> out = new ArrayList<>(2);
        // Only items starting within the longest item's length before 'from' can reach it.
        for (int i = firstStartAtOrAfter(from - longest); i < starts.length && starts[i] < to; i++) {
            if (end.applyAsLong(items.get(i)) > from) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    private int firstStartAtOrAfter(long value) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
