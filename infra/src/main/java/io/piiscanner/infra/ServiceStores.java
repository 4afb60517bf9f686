package io.piiscanner.infra;

import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * What the scanner functions read and write: the objects, the findings, the secret that keys
 * object identities, and the alerts.
 *
 * @param data the financial data bucket
 * @param findings the findings table
 * @param objectKeySecret the HMAC key of object keys
 * @param alerts the alerts topic
 */
public record ServiceStores(Bucket data, Table findings, Secret objectKeySecret, ITopic alerts) {}
