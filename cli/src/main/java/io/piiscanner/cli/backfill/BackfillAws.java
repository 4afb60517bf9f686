package io.piiscanner.cli.backfill;

import io.piiscanner.s3.AwsClients;
import java.util.Map;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The AWS clients of {@code backfill}, configured as the rest of the CLI's are ({@link AwsClients}:
 * the credential chain, {@code AWS_ENDPOINT_URL} and {@code AWS_ENDPOINT_URL_<SERVICE>} overrides).
 *
 * @param cloudFormation finds the stack's outputs
 * @param sfn            starts and follows executions
 * @param s3             lists objects, reads inventory reports and summaries
 */
public record BackfillAws(CloudFormationClient cloudFormation, SfnClient sfn, S3Client s3) implements AutoCloseable {

    /** Clients for an environment. */
    public static BackfillAws from(Map<String, String> env) {
        AwsClients aws = new AwsClients(env);
        return new BackfillAws(
                aws.configure(CloudFormationClient.builder(), "CLOUDFORMATION").build(),
                aws.configure(SfnClient.builder(), "SFN").build(),
                aws.s3());
    }

    @Override
    public void close() {
        cloudFormation.close();
        sfn.close();
        s3.close();
    }
}
