package io.piiscanner.core.scan;

/** Receives findings as a scan produces them, in input order for each input. */
@FunctionalInterface
public interface FindingListener {
    void onFinding(Finding finding);
}
