package io.piiscanner.core.detect;

import java.util.Arrays;

/**
 * Accumulates a window's regions in order, as {@code [start0, end0, start1, end1, ...]}: merges
 * those that overlap or touch, and drops those that cannot hold a candidate starting in the
 * scanned range {@code [scanStart, scanEnd)}.
 */
final class RegionList {
    private final int scanStart;
    private final int scanEnd;
    private int[] a = new int[64];
    private int n;

    RegionList(int scanStart, int scanEnd) {
        this.scanStart = scanStart;
        this.scanEnd = scanEnd;
    }

    /** Adds {@code [start, end)}, which starts at or after every region added before it. */
    void add(int start, int end) {
        if (start >= scanEnd || end <= scanStart) {
            return;
        }
        if (n > 0 && start <= a[n - 1]) {
            a[n - 1] = Math.max(a[n - 1], end);
            return;
        }
        if (n + 2 > a.length) {
            a = Arrays.copyOf(a, a.length * 2);
        }
        a[n++] = start;
        a[n++] = end;
    }

    int[] toArray() {
        return n == a.length ? a : Arrays.copyOf(a, n);
    }
}
