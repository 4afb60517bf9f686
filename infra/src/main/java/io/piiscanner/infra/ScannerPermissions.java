package io.piiscanner.infra;

import java.util.List;
import java.util.stream.Stream;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * The data permissions every scanner function needs, as explicit statements with no wildcard
 * action: CDK's {@code grant*} helpers would add {@code s3:GetObject*}, {@code kms:ReEncrypt*}
 * and the like.
 */
final class ScannerPermissions {

    /** What the functions do with objects of the data bucket: read them and their tags, and tag them. */
    private static final List<String> READ_AND_TAG_ACTIONS = List.of(
            "s3:GetObject",
            "s3:GetObjectVersion",
            "s3:GetObjectTagging",
            "s3:GetObjectVersionTagging",
            "s3:PutObjectTagging",
            "s3:PutObjectVersionTagging");

    /** Every S3 action of the functions, on the data bucket only. */
    static final List<String> S3_ACTIONS = Stream.concat(
                    READ_AND_TAG_ACTIONS.stream(), Stream.of("s3:ListBucket", "s3:PutObject"))
            .toList();

    /**
     * The calls of io.piiscanner.lambda.store and .alert: records and alert claims are conditional
     * updates, findings batch writes, the API reads by key and by index.
     */
    static final List<String> DYNAMODB_ACTIONS =
            List.of("dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem", "dynamodb:Query");

    private ScannerPermissions() {}

    /**
     * Returns the statements: read and tag objects, write result documents under
     * {@link ResourceNames#RESULTS_PREFIX} only, read and write findings, publish alerts, and use
     * the key for all of these.
     *
     * @param stores the data bucket, findings table and alerts topic
     * @param key the key that encrypts them
     * @return the statements
     */
    static List<PolicyStatement> dataAccess(ServiceStores stores, IKey key) {
        IBucket data = stores.data();
        return List.of(
                statement("ReadAndTagObjects", READ_AND_TAG_ACTIONS, List.of(data.arnForObjects("*"))),
                // Without ListBucket a missing object reads as 403, and the API could not answer 404.
                statement("ListDataBucket", List.of("s3:ListBucket"), List.of(data.getBucketArn())),
                statement(
                        "WriteResultDocuments",
                        List.of("s3:PutObject"),
                        List.of(data.arnForObjects(ResourceNames.RESULTS_PREFIX + "*"))),
                statement(
                        "ReadAndWriteFindings",
                        DYNAMODB_ACTIONS,
                        List.of(
                                stores.findings().getTableArn(),
                                stores.findings().getTableArn() + "/index/*")),
                statement(
                        "PublishAlerts",
                        List.of("sns:Publish"),
                        List.of(stores.alerts().getTopicArn())),
                statement(
                        "UseKeyForDataStores",
                        List.of("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey"),
                        List.of(key.getKeyArn())));
    }

    /** Returns one allow statement. */
    static PolicyStatement statement(String sid, List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create()
                .sid(sid)
                .actions(actions)
                .resources(resources)
                .build();
    }
}
