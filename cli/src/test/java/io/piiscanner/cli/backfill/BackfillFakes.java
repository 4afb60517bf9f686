package io.piiscanner.cli.backfill;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.MapRunItemCounts;

/**
 * A deployed stack as {@code backfill} finds it: CloudFormation outputs naming the buckets and the
 * state machine, and Step Functions scripted look by look.
 *
 * @param cloudFormation DescribeStacks of {@code TapStacktest}
 * @param sfn            the state machine's executions
 * @param sleeps         how often the command waited between two looks
 */
public record BackfillFakes(FakeCloudFormation cloudFormation, FakeStepFunctions sfn, int[] sleeps) {

    static final String STATE_MACHINE = "arn:aws:states:us-east-1:111122223333:stateMachine:pii-scanner-backfill-test";

    /** The stack {@code test}, with its data and inventory buckets, and the looks its executions give. */
    public static BackfillFakes deployed(
            String dataBucket, String inventoryBucket, List<FakeStepFunctions.Look> looks) {
        return new BackfillFakes(
                new FakeCloudFormation(
                        "TapStacktest",
                        Map.of(
                                "DataBucketName", dataBucket,
                                "InventoryBucketName", inventoryBucket,
                                "BackfillStateMachineArn", STATE_MACHINE)),
                new FakeStepFunctions(STATE_MACHINE, looks),
                new int[1]);
    }

    /**
     * One look at an execution.
     *
     * @param counts {@code {total, succeeded, failed, running}}, or {@code null} before the map run starts
     */
    public static FakeStepFunctions.Look look(String status, long[] counts) {
        return new FakeStepFunctions.Look(
                ExecutionStatus.fromValue(status),
                counts == null
                        ? null
                        : MapRunItemCounts.builder()
                                .total(counts[0])
                                .succeeded(counts[1])
                                .failed(counts[2])
                                .running(counts[3])
                                .pending(counts[0] - counts[1] - counts[2] - counts[3])
                                .timedOut(0L)
                                .aborted(0L)
                                .resultsWritten(counts[1])
                                .build());
    }

    public void sleep() {
        sleeps[0]++;
    }

    public int slept() {
        return sleeps[0];
    }
}
