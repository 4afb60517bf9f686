package io.piiscanner.cli.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.MapRunItemCounts;

/** The progress line of {@code backfill status}, from DescribeMapRun's item counters. */
class ProgressBarTest {

    @Test
    void aThirdDoneWithFailuresAndRunningItems() {
        MapRunItemCounts counts = MapRunItemCounts.builder()
                .total(10_000L)
                .succeeded(3_200L)
                .failed(90L)
                .timedOut(10L)
                .aborted(0L)
                .running(400L)
                .pending(6_300L)
                .resultsWritten(3_200L)
                .build();
        assertThat(ProgressBar.render(counts))
                .isEqualTo("[#########---------------------]  33%  3,300/10,000 objects  100 failed  400 running");
    }

    @Test
    void beforeTheReaderHasCountedAnythingAndWhenDone() {
        assertThat(ProgressBar.render(MapRunItemCounts.builder().total(0L).build()))
                .isEqualTo("[------------------------------]   0%  0/0 objects");
        assertThat(ProgressBar.render(MapRunItemCounts.builder()
                        .total(250L)
                        .succeeded(250L)
                        .running(0L)
                        .build()))
                .isEqualTo("[##############################] 100%  250/250 objects");
    }
}
