package io.piiscanner.cli.report;

import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.IOException;

/**
 * Writes a scan report as the scan goes: each finding as it arrives, then what a format keeps
 * for the end. Calls come from one thread at a time: {@link #begin()}, then for each input its
 * findings in order followed by {@link #inputDone}, then {@link #end}.
 */
public interface ReportWriter {

    /** Writes what comes before the first finding. */
    void begin() throws IOException;

    /** Writes one finding. */
    void finding(Finding finding) throws IOException;

    /** Notes that an input is done, after its findings. */
    void inputDone(ScanOutcome outcome) throws IOException;

    /** Writes what comes after the last finding and flushes. */
    void end(ScanTotals totals) throws IOException;

    /** Pushes what is written so far to the output. */
    void flush() throws IOException;
}
