package io.piiscanner.cli.backfill;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionRequest;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunRequest;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.ListMapRunsRequest;
import software.amazon.awssdk.services.sfn.model.ListMapRunsResponse;
import software.amazon.awssdk.services.sfn.model.MapRunItemCounts;
import software.amazon.awssdk.services.sfn.model.MapRunListItem;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;

/**
 * Step Functions as the CLI sees it, answering with the SDK's own model classes. No in-process
 * implementation of Step Functions is published on Maven Central (AWS's Step Functions Local is a
 * download and a container image), so this stand-in scripts the service's answers: a started
 * execution is recorded, and each look at it takes the next of the scripted states.
 */
public final class FakeStepFunctions implements SfnClient {

    /** One scripted look: the execution's status and its map run's counters, if the map has started. */
    public record Look(ExecutionStatus status, MapRunItemCounts counts) {}

    public final List<StartExecutionRequest> started = new ArrayList<>();
    private final Deque<Look> looks = new ArrayDeque<>();
    private final String stateMachineArn;
    private Look current;

    FakeStepFunctions(String stateMachineArn, List<Look> script) {
        this.stateMachineArn = stateMachineArn;
        looks.addAll(script);
    }

    @Override
    public StartExecutionResponse startExecution(StartExecutionRequest request) {
        started.add(request);
        return StartExecutionResponse.builder()
                .startDate(Instant.parse("2026-01-01T00:00:00Z"))
                .executionArn(request.stateMachineArn().replace(":stateMachine:", ":execution:") + ":" + request.name())
                .build();
    }

    @Override
    public DescribeExecutionResponse describeExecution(DescribeExecutionRequest request) {
        if (!request.executionArn().startsWith(stateMachineArn.replace(":stateMachine:", ":execution:") + ":")) {
            throw ExecutionDoesNotExistException.builder()
                    .message("Execution Does Not Exist: '" + request.executionArn() + "'")
                    .statusCode(400)
                    .build();
        }
        current = looks.size() > 1 ? looks.poll() : looks.peek();
        return DescribeExecutionResponse.builder()
                .executionArn(request.executionArn())
                .stateMachineArn(stateMachineArn)
                .status(current.status())
                .startDate(Instant.parse("2026-01-01T00:00:00Z"))
                .build();
    }

    @Override
    public ListMapRunsResponse listMapRuns(ListMapRunsRequest request) {
        if (current.counts() == null) {
            return ListMapRunsResponse.builder().mapRuns(List.of()).build();
        }
        String mapRun = stateMachineArn.replace(":stateMachine:", ":mapRun:") + "/ScanPrefix:0f3c8a" + ":" + "5e1d2c";
        return ListMapRunsResponse.builder()
                .mapRuns(MapRunListItem.builder()
                        .executionArn(request.executionArn())
                        .mapRunArn(mapRun)
                        .stateMachineArn(stateMachineArn)
                        .startDate(Instant.parse("2026-01-01T00:00:05Z"))
                        .build())
                .build();
    }

    @Override
    public DescribeMapRunResponse describeMapRun(DescribeMapRunRequest request) {
        return DescribeMapRunResponse.builder()
                .mapRunArn(request.mapRunArn())
                .status("RUNNING")
                .maxConcurrency(40)
                .toleratedFailurePercentage(5f)
                .itemCounts(current.counts())
                .build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {}
}
