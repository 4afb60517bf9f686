package io.piiscanner.cli.check;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.template.Location;
import java.util.List;

/**
 * What checking one template gave: its findings, or why it could not be read.
 *
 * @param path     the template as named on the command line ({@code -} for standard input)
 * @param findings the findings, most severe first; empty when unreadable
 * @param error    why the template could not be read, or {@code null}
 * @param errorAt  where the read failed, or {@link Location#UNKNOWN}
 */
public record TemplateResult(String path, List<Finding> findings, String error, Location errorAt) {

    public TemplateResult {
        findings = List.copyOf(findings);
    }

    /** A template that was read and checked. */
    public static TemplateResult checked(String path, List<Finding> findings) {
        return new TemplateResult(path, findings, null, Location.UNKNOWN);
    }

    /** A template that could not be read. */
    public static TemplateResult unreadable(String path, String error, Location at) {
        return new TemplateResult(path, List.of(), error, at);
    }

    /** Whether the template was read. */
    public boolean readable() {
        return error == null;
    }

    /** {@code path:line:column: error}, the one-line message for standard error. */
    public String errorLine() {
        return path + (errorAt.known() ? ":" + errorAt.line() + ":" + errorAt.column() : "") + ": " + error;
    }
}
