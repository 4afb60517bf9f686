package io.piiscanner.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.constructs.Construct;

/**
 * The stack outputs: everything a user, a script or the live test suite needs to find the
 * deployed resources. {@code scripts/outputs.sh} writes them flat to
 * {@code cfn-outputs/flat-outputs.json}.
 */
public final class StackOutputs extends Construct {

    /**
     * The constructs whose resources are published.
     *
     * @param names the resource names
     * @param key the customer managed key
     * @param buckets the data, flow-log and access-log buckets
     * @param network the VPC
     * @param findings the findings table
     * @param queues the scan queue and its dead-letter queue
     * @param alerts the alerts topic
     * @param functions the scanner functions
     * @param api the REST API and its key
     * @param backfill the backfill state machine and its inventory bucket
     * @param dashboard the operations dashboard
     */
    public record Published(
            ResourceNames names,
            EncryptionKey key,
            Buckets buckets,
            Network network,
            FindingsStore findings,
            ScanQueue queues,
            Alerts alerts,
            ScannerFunctions functions,
            ScanApi api,
            BackfillStateMachine backfill,
            OperationsDashboard dashboard) {}

    /**
     * Creates the outputs.
     *
     * @param scope the stack
     * @param id construct id
     * @param published the constructs whose resources are published
     */
    public StackOutputs(Construct scope, String id, Published published) {
        super(scope, id);
        ResourceNames names = published.names();
        output("EnvironmentSuffix", names.suffix(), "Suffix of every resource name");
        output("Region", Stack.of(this).getRegion(), "Region of the stack");
        output("ApiUrl", published.api().api().getUrl(), "Base URL of the REST API (SigV4 and x-api-key)");
        output("ApiId", published.api().api().getRestApiId(), "REST API id");
        output(
                "ApiKeyId",
                published.api().apiKey().getKeyId(),
                "API key id: aws apigateway get-api-key --include-value");
        output("DataBucketName", published.buckets().data().getBucketName(), "Financial data bucket");
        output(
                "UploadPrefix",
                ResourceNames.UPLOAD_PREFIX,
                "Uploads under this prefix are scanned, as under any other but the results prefix");
        output("ResultsPrefix", ResourceNames.RESULTS_PREFIX, "Masked result documents are written under this prefix");
        output("FlowLogsBucketName", published.buckets().flowLogs().getBucketName(), "VPC flow-logs bucket");
        output("AccessLogsBucketName", published.buckets().accessLogs().getBucketName(), "Server access log bucket");
        output("KmsKeyId", published.key().key().getKeyId(), "Customer managed key id");
        output("KmsKeyArn", published.key().key().getKeyArn(), "Customer managed key ARN");
        output(
                "ObjectScannerFunctionName",
                published.functions().objectScanner().function().getFunctionName(),
                "Function triggered by uploads");
        output(
                "QueueScannerFunctionName",
                published.functions().queueScanner().function().getFunctionName(),
                "Function triggered by the scan queue");
        output(
                "ApiHandlerFunctionName",
                published.functions().apiHandler().function().getFunctionName(),
                "Function behind the API");
        output("FindingsTableName", published.findings().table().getTableName(), "Findings table");
        output("FindingsTypeIndexName", FindingsStore.TYPE_INDEX, "Index of findings by type and time");
        output("ScanQueueUrl", published.queues().queue().getQueueUrl(), "Scan queue URL");
        output("DeadLetterQueueUrl", published.queues().deadLetterQueue().getQueueUrl(), "Dead-letter queue URL");
        output("AlertsTopicArn", published.alerts().topic().getTopicArn(), "Alerts topic ARN");
        output("VpcId", published.network().vpc().getVpcId(), "VPC id");
        output(
                "BackfillStateMachineArn",
                published.backfill().stateMachine().getStateMachineArn(),
                "Backfill state machine: pii-scanner backfill start");
        output(
                "InventoryBucketName",
                published.backfill().inventory().getBucketName(),
                "Weekly S3 Inventory reports of the data bucket");
        output("DashboardName", published.dashboard().dashboard().getDashboardName(), "Operations dashboard");
        output("DashboardUrl", OperationsDashboard.consoleUrl(names), "Operations dashboard in the CloudWatch console");
    }

    private void output(String id, String value, String description) {
        CfnOutput output = CfnOutput.Builder.create(this, id)
                .value(value)
                .description(description)
                .build();
        // The plain id, not CDK's path-hashed one, so flat-outputs.json has stable keys.
        output.overrideLogicalId(id);
    }
}
