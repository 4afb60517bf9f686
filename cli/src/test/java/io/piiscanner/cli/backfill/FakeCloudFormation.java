package io.piiscanner.cli.backfill;

import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;

/**
 * CloudFormation's DescribeStacks for one deployed stack, with the SDK's model classes (no
 * in-process CloudFormation is published on Maven Central); any other stack name is the 400
 * CloudFormation gives.
 */
public final class FakeCloudFormation implements CloudFormationClient {

    private final String stackName;
    private final Map<String, String> outputs;

    FakeCloudFormation(String stackName, Map<String, String> outputs) {
        this.stackName = stackName;
        this.outputs = outputs;
    }

    @Override
    public DescribeStacksResponse describeStacks(DescribeStacksRequest request) {
        if (!stackName.equals(request.stackName())) {
            throw (CloudFormationException) CloudFormationException.builder()
                    .statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode("ValidationError")
                            .errorMessage("Stack with id " + request.stackName() + " does not exist")
                            .build())
                    .build();
        }
        return DescribeStacksResponse.builder()
                .stacks(Stack.builder()
                        .stackName(stackName)
                        .stackStatus(StackStatus.UPDATE_COMPLETE)
                        .outputs(outputs.entrySet().stream()
                                .map(e -> Output.builder()
                                        .outputKey(e.getKey())
                                        .outputValue(e.getValue())
                                        .build())
                                .toList())
                        .build())
                .build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {}
}
