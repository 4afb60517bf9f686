package io.piiscanner.core.detect;

import java.util.Arrays;

/**
 * Computes where in a window a {@link Gate} lets candidates be: from the digit clusters and tokens
 * of the window's {@link Tokenizer classifying pass}, or by a pass over the bytes of the gate's
 * own class. {@link ScanText#regions} keeps each gate's regions for the window's detectors.
 */
final class GateRegions {

    private GateRegions() {}

    /** The gate's regions in {@code window}, as {@link ScanText#regions} describes them. */
    static int[] of(Gate gate, ScanText window) {
        if (gate instanceof Gate.Digits d) {
            return digitRegions(d, window);
        }
        if (gate instanceof Gate.Runs r) {
            return runRegions(r, window);
        }
        if (gate instanceof Gate.Narrowed n) {
            return narrowed(n, window);
        }
        return new int[] {window.scanStart(), window.length()};
    }

    /** The regions of the narrowed gate that pass its test, from that gate's shared regions. */
    private static int[] narrowed(Gate.Narrowed gate, ScanText window) {
        int[] all = window.gateRegions(gate.gate());
        String s = window.text();
        int[] kept = new int[all.length];
        int n = 0;
        for (int r = 0; r < all.length; r += 2) {
            if (gate.test().mayHold(s, all[r], all[r + 1])) {
                kept[n++] = all[r];
                kept[n++] = all[r + 1];
            }
        }
        return n == all.length ? all : Arrays.copyOf(kept, n);
    }

    private static int[] digitRegions(Gate.Digits gate, ScanText window) {
        int[] c = window.tokens().clusters(gate.minDigits());
        int n = window.length();
        RegionList out = regionList(window);
        for (int i = 0; i < c.length; i += 3) {
            if (c[i + 2] >= gate.minDigits()) {
                out.add(Math.max(0, c[i] - gate.before()), Math.min(n, c[i + 1] + gate.after()));
            }
        }
        return out.toArray();
    }

    /** Maximal runs of the gate's class within its length bounds, in one pass over the window. */
    private static int[] runRegions(Gate.Runs gate, ScanText window) {
        CharClass cls = gate.chars();
        if (gate.required() != cls) {
            return runsHolding(gate, window);
        }
        if (cls == CharClass.ALNUM) {
            return alnumRegions(gate.minLength(), gate.maxLength(), window);
        }
        byte[] b = window.bytes();
        int n = window.length();
        int min = gate.minLength();
        int max = gate.maxLength();
        RegionList out = regionList(window);
        // A run of at least min bytes covers a multiple of min: probing those alone finds every
        // one, reading a fraction of the window where runs are short.
        int probe = min - 1;
        while (probe < n) {
            if (!cls.contains(b[probe])) {
                probe += min;
                continue;
            }
            int start = probe;
            while (start > 0 && cls.contains(b[start - 1])) {
                start--;
            }
            int end = cls.indexNotIn(b, probe, n);
            int len = end - start;
            if (len >= min && len <= max) {
                out.add(start, end);
            }
            probe = end + min;
        }
        return out.toArray();
    }

    /** Runs within length bounds that hold a required character, found from those characters. */
    private static int[] runsHolding(Gate.Runs gate, ScanText window) {
        CharClass cls = gate.chars();
        byte[] b = window.bytes();
        int n = window.length();
        RegionList out = regionList(window);
        int i = gate.required().indexIn(b, 0, n);
        while (i < n) {
            int start = i;
            while (start > 0 && cls.contains(b[start - 1])) {
                start--;
            }
            int end = cls.indexNotIn(b, i, n);
            if (end - start >= gate.minLength() && end - start <= gate.maxLength()) {
                out.add(start, end);
            }
            i = gate.required().indexIn(b, end, n);
        }
        return out.toArray();
    }

    /** ALNUM runs within length bounds: the tokens of the classifying pass that start with ALNUM. */
    private static int[] alnumRegions(int min, int max, ScanText window) {
        Tokens tokens = window.tokens();
        int count = tokens.count();
        int[] starts = tokens.starts();
        int[] ends = tokens.ends();
        byte[] leads = tokens.leads();
        RegionList out = regionList(window);
        for (int k = 0; k < count; k++) {
            int len = ends[k] - starts[k];
            if (len >= min && len <= max && leads[k] != 0) {
                out.add(starts[k], ends[k]);
            }
        }
        return out.toArray();
    }

    private static RegionList regionList(ScanText window) {
        return new RegionList(window.scanStart(), window.scanEnd());
    }
}
