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
   * Creates the outputs.
   *
   * @param scope the stack
   * @param id construct id
   * @param stack the stack whose resources are published
   */
  public StackOutputs(Construct scope, String id, TapStack stack) {
    super(scope, id);
    ResourceNames names = stack.names();
    output("EnvironmentSuffix", names.suffix(), "Suffix of every resource name");
    output("Region", Stack.of(this).getRegion(), "Region of the stack");
    output("ApiUrl", stack.api().api().getUrl(), "Base URL of the REST API (SigV4 and x-api-key)");
    output("ApiId", stack.api().api().getRestApiId(), "REST API id");
    output("ApiKeyId", stack.api().apiKey().getKeyId(), "API key id: aws apigateway get-api-key --include-value");
    output("DataBucketName", stack.buckets().data().getBucketName(), "Financial data bucket");
    output("UploadPrefix", ResourceNames.UPLOAD_PREFIX, "Uploads under this prefix are scanned, as under any other but the results prefix");
    output("ResultsPrefix", ResourceNames.RESULTS_PREFIX, "Masked result documents are written under this prefix");
    output("FlowLogsBucketName", stack.buckets().flowLogs().getBucketName(), "VPC flow-logs bucket");
    output("AccessLogsBucketName", stack.buckets().accessLogs().getBucketName(), "Server access log bucket");
    output("KmsKeyId", stack.key().key().getKeyId(), "Customer managed key id");
    output("KmsKeyArn", stack.key().key().getKeyArn(), "Customer managed key ARN");
    output("ObjectScannerFunctionName", stack.functions().objectScanner().function().getFunctionName(), "Function triggered by uploads");
    output("QueueScannerFunctionName", stack.functions().queueScanner().function().getFunctionName(), "Function triggered by the scan queue");
    output("ApiHandlerFunctionName", stack.functions().apiHandler().function().getFunctionName(), "Function behind the API");
    output("FindingsTableName", stack.findings().table().getTableName(), "Findings table");
    output("FindingsTypeIndexName", FindingsStore.TYPE_INDEX, "Index of findings by type and time");
    output("ScanQueueUrl", stack.scanQueue().queue().getQueueUrl(), "Scan queue URL");
    output("DeadLetterQueueUrl", stack.scanQueue().deadLetterQueue().getQueueUrl(), "Dead-letter queue URL");
    output("AlertsTopicArn", stack.alerts().topic().getTopicArn(), "Alerts topic ARN");
    output("VpcId", stack.network().vpc().getVpcId(), "VPC id");
    output("BackfillStateMachineArn", stack.backfill().stateMachine().getStateMachineArn(), "Backfill state machine: pii-scanner backfill start");
    output("InventoryBucketName", stack.backfill().inventory().getBucketName(), "Weekly S3 Inventory reports of the data bucket");
    output("DashboardName", stack.dashboard().dashboard().getDashboardName(), "Operations dashboard");
    output("DashboardUrl", OperationsDashboard.consoleUrl(names), "Operations dashboard in the CloudWatch console");
  }

  private void output(String id, String value, String description) {
    CfnOutput output = CfnOutput.Builder.create(this, id).value(value).description(description).build();
    // The plain id, not CDK's path-hashed one, so flat-outputs.json has stable keys.
    output.overrideLogicalId(id);
  }
}
