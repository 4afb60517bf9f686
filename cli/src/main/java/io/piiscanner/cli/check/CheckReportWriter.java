package io.piiscanner.cli.check;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a check report in one format. */
public interface CheckReportWriter {

    /** Writes the whole report to {@code out}, which stays open. */
    void write(CheckReport report, OutputStream out) throws IOException;
}
