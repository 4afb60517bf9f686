package io.piiscanner.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The inputs with the most findings, kept in a heap of fixed size so that a scan of a million
 * files holds a handful of them; ties go to the input that came first.
 */
final class TopFiles {

    /** An input and its number of findings. */
    record Entry(String path, long findings, long order) {}

    private static final Comparator<Entry> FEWEST_FIRST = Comparator.comparingLong(Entry::findings)
            .thenComparing(Comparator.comparingLong(Entry::order).reversed());

    private final int size;
    private final PriorityQueue<Entry> heap;
    private long files;
    private long findings;
    private long order;

    TopFiles(int size) {
        this.size = size;
        this.heap = new PriorityQueue<>(size + 1, FEWEST_FIRST);
    }

    /** Counts an input; one without findings is not a candidate. */
    void add(String path, long inputFindings) {
        if (inputFindings == 0) {
            return;
        }
        files++;
        findings += inputFindings;
        heap.add(new Entry(path, inputFindings, order++));
        if (heap.size() > size) {
            heap.poll();
        }
    }

    /** The inputs with the most findings, most first. */
    List<Entry> top() {
        List<Entry> top = new ArrayList<>(heap);
        top.sort(FEWEST_FIRST.reversed());
        return top;
    }

    /** Inputs with findings that are not in {@link #top()}. */
    long otherFiles() {
        return files - heap.size();
    }

    /** Findings of the inputs that are not in {@link #top()}. */
    long otherFindings() {
        return findings - heap.stream().mapToLong(Entry::findings).sum();
    }
}
