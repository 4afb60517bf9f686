package io.piiscanner.cli.report;

import java.util.List;

/**
 * What a report says about the run itself.
 *
 * @param toolVersion the version of pii-scanner
 * @param entityTypes the entity types the enabled detectors report, sorted
 */
public record RunInfo(String toolVersion, List<String> entityTypes) {

    public RunInfo {
        entityTypes = List.copyOf(entityTypes);
    }
}
