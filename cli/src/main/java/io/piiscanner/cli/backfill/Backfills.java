package io.piiscanner.cli.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.MapRunListItem;

/**
 * The backfill runs of one deployed stack: what {@code backfill start}, {@code status} and
 * {@code report} do, apart from printing.
 */
public final class Backfills {

    /** Where S3 Inventory writes reports of the data bucket in the inventory bucket (infra's BackfillStateMachine). */
    static final String INVENTORY_REPORTS = "inventory/%s/pii-scanner-backfill/";
    /** Where a run's summary is, in the data bucket. */
    static final String SUMMARY = "scan-results/backfill/%s/summary.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final BackfillAws aws;
    private final String suffix;
    private StackOutputs outputs;

    /** @param suffix the stack's environment suffix, or {@code null} when only ARNs are given */
    public Backfills(BackfillAws aws, String suffix) {
        this.aws = aws;
        this.suffix = suffix;
    }

    /** The stack's outputs, looked up on first use. */
    private StackOutputs outputs() {
        if (outputs == null) {
            if (suffix == null) {
                throw new IllegalArgumentException("--stack is required to find the stack's state machine and buckets");
            }
            outputs = StackOutputs.of(aws.cloudFormation(), suffix);
        }
        return outputs;
    }

    /**
     * What a run would read.
     *
     * @param inventoryKey the manifest's key in the inventory bucket, or {@code null} to list the prefix
     */
    public ObjectCount count(String prefix, String inventoryKey) {
        return inventoryKey == null
                ? ObjectCount.listing(aws.s3(), outputs().get("DataBucketName"), prefix)
                : ObjectCount.inventory(aws.s3(), outputs().get("InventoryBucketName"), inventoryKey);
    }

    /**
     * The key of an inventory manifest: the newest report's for {@code latest}, the key itself for a
     * key in the inventory bucket, or the key of an {@code s3://} location in that bucket.
     *
     * @throws IllegalArgumentException when the location is in another bucket or no report exists
     */
    public String manifestKey(String inventory) {
        String bucket = outputs().get("InventoryBucketName");
        if (inventory.equals("latest")) {
            String reports = INVENTORY_REPORTS.formatted(outputs().get("DataBucketName"));
            return aws.s3().listObjectsV2Paginator(b -> b.bucket(bucket).prefix(reports)).contents().stream()
                    .map(S3Object::key)
                    .filter(k -> k.endsWith("/manifest.json"))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalArgumentException("--inventory latest: no inventory report yet in "
                            + bucket + " (S3 delivers the first within 48 hours of deployment)"));
        }
        if (inventory.startsWith("s3://")) {
            String rest = inventory.substring("s3://".length());
            int slash = rest.indexOf('/');
            if (slash < 0 || !rest.substring(0, slash).equals(bucket)) {
                throw new IllegalArgumentException(
                        "--inventory: the state machine reads reports from " + bucket + " only");
            }
            return rest.substring(slash + 1);
        }
        return inventory;
    }

    /** Starts a run and returns its execution ARN. */
    public String start(
            String prefix,
            String inventoryKey,
            String rescan,
            int maxConcurrency,
            double toleratedFailures,
            Clock clock) {
        ObjectNode input = JSON.createObjectNode();
        if (inventoryKey != null) {
            input.putObject("inventory").put("key", inventoryKey);
        } else {
            input.put("prefix", prefix);
        }
        input.put("rescan", rescan)
                .put("maxConcurrency", maxConcurrency)
                .put("toleratedFailurePercentage", toleratedFailures);
        String name = "backfill-" + NAME_TIME.format(clock.instant()) + "-"
                + HexFormat.of()
                        .toHexDigits(ThreadLocalRandom.current().nextInt())
                        .substring(0, 6);
        return aws.sfn()
                .startExecution(b -> b.stateMachineArn(outputs().get("BackfillStateMachineArn"))
                        .name(name)
                        .input(input.toString()))
                .executionArn();
    }

    /** An execution's ARN from its ARN or its name. */
    public String executionArn(String execution) {
        if (execution.startsWith("arn:")) {
            return execution;
        }
        if (!execution.matches("[A-Za-z0-9_-]{1,80}")) {
            throw new IllegalArgumentException(
                    "execution: expected an execution ARN or a name such as" + " backfill-20260101T000000Z-1a2b3c");
        }
        return outputs().get("BackfillStateMachineArn").replace(":stateMachine:", ":execution:") + ":" + execution;
    }

    /** The execution's state, and its map run's counters once the map has started. */
    public Progress progress(String executionArn) {
        DescribeExecutionResponse execution = aws.sfn().describeExecution(b -> b.executionArn(executionArn));
        Optional<MapRunListItem> mapRun = aws.sfn().listMapRuns(b -> b.executionArn(executionArn)).mapRuns().stream()
                .findFirst();
        Optional<DescribeMapRunResponse> counts =
                mapRun.map(run -> aws.sfn().describeMapRun(b -> b.mapRunArn(run.mapRunArn())));
        return new Progress(execution.status(), counts);
    }

    /** A run's summary, as its last step wrote it. */
    public JsonNode summary(String executionArn) {
        String name = executionArn.substring(executionArn.lastIndexOf(':') + 1);
        String key = SUMMARY.formatted(name);
        try (InputStream in = aws.s3()
                .getObject(b -> b.bucket(outputs().get("DataBucketName")).key(key))) {
            return JSON.readTree(in);
        } catch (SdkException e) {
            throw new IllegalArgumentException("no summary for " + name + " yet (" + key + "): the run is still"
                    + " going, or failed before its last step; see backfill status");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the summary of " + name, e);
        }
    }

    /** The data bucket, which the summary's keys are in. */
    public String dataBucket() {
        return outputs().get("DataBucketName");
    }

    /**
     * Where a run is.
     *
     * @param status the execution's status
     * @param mapRun the map run, once started
     */
    public record Progress(ExecutionStatus status, Optional<DescribeMapRunResponse> mapRun) {

        /** Whether the run has not ended yet. */
        public boolean running() {
            return status == ExecutionStatus.RUNNING || status == ExecutionStatus.PENDING_REDRIVE;
        }
    }
}
