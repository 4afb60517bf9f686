package io.piiscanner.core.scan;

import java.util.Map;

/**
 * What scanning one input produced.
 *
 * @param path          the input's name
 * @param bytes         bytes scanned (decompressed bytes for gzip input)
 * @param findings      findings reported
 * @param findingsByType findings per entity type, sorted by type
 * @param skipReason    why the input was skipped (binary, decompression bomb, unreadable), or
 *                      {@code null} when it was scanned in full
 * @param nanos         time spent
 */
public record ScanOutcome(String path, long bytes, long findings, Map<String, Long> findingsByType,
                          String skipReason, long nanos) {

    public boolean skipped() {
        return skipReason != null;
    }
}
