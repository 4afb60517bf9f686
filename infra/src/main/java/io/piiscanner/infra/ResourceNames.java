package io.piiscanner.infra;

/**
 * The physical names of the stack's resources, all derived from the environment suffix in one
 * place, so that the stack, its tests and the live suite agree on them.
 *
 * @param suffix the environment suffix
 */
public record ResourceNames(String suffix) {

  /** Prefix under which uploads are scanned; {@link #RESULTS_PREFIX} lies outside it. */
  public static final String UPLOAD_PREFIX = "incoming/";

  /** Prefix of the masked result documents the scanner writes into the data bucket. */
  public static final String RESULTS_PREFIX = "scan-results/";

  /** Returns {@code financial-data-bucket-<suffix>}. */
  public String dataBucket() {
    return "financial-data-bucket-" + suffix;
  }

  /** Returns {@code flow-logs-bucket-<suffix>}. */
  public String flowLogsBucket() {
    return "flow-logs-bucket-" + suffix;
  }

  /** Returns {@code financial-data-access-logs-<suffix>}, the server access log bucket. */
  public String accessLogsBucket() {
    return "financial-data-access-logs-" + suffix;
  }

  /** Returns {@code pii-scanner-<suffix>}, the scanning function. */
  public String function() {
    return "pii-scanner-" + suffix;
  }

  /** Returns {@code pii-scanner-api-<suffix>}, the REST API. */
  public String api() {
    return "pii-scanner-api-" + suffix;
  }

  /** Returns {@code pii-scanner-findings-<suffix>}, the findings table. */
  public String findingsTable() {
    return "pii-scanner-findings-" + suffix;
  }

  /** Returns {@code pii-scanner-scan-queue-<suffix>}. */
  public String scanQueue() {
    return "pii-scanner-scan-queue-" + suffix;
  }

  /** Returns {@code pii-scanner-dlq-<suffix>}, shared by the queue's redrive and the function's failed async events. */
  public String deadLetterQueue() {
    return "pii-scanner-dlq-" + suffix;
  }

  /** Returns {@code pii-scanner-alerts-<suffix>}. */
  public String alertsTopic() {
    return "pii-scanner-alerts-" + suffix;
  }

  /** Returns {@code alias/pii-scanner-<suffix>}. */
  public String keyAlias() {
    return "alias/pii-scanner-" + suffix;
  }

  /** Returns the log group name of a Lambda function. */
  public static String lambdaLogGroup(String functionName) {
    return "/aws/lambda/" + functionName;
  }

  /** Returns {@code /aws/apigateway/pii-scanner-api-<suffix>}, the API's access log group. */
  public String apiAccessLogGroup() {
    return "/aws/apigateway/" + api();
  }

  /** Returns {@code /aws/vpc/flow-logs/pii-scanner-<suffix>}. */
  public String flowLogGroup() {
    return "/aws/vpc/flow-logs/pii-scanner-" + suffix;
  }

  /** Returns the log group of CDK's prefix list lookup function. */
  public String prefixListLookupLogGroup() {
    return "/aws/lambda/pii-scanner-prefix-list-lookup-" + suffix;
  }

  /** Returns {@code pii-scanner-lambda-errors-<suffix>}. */
  public String lambdaErrorsAlarm() {
    return "pii-scanner-lambda-errors-" + suffix;
  }

  /** Returns {@code pii-scanner-api-4xx-errors-<suffix>}. */
  public String api4xxAlarm() {
    return "pii-scanner-api-4xx-errors-" + suffix;
  }

  /** Returns {@code pii-scanner-api-5xx-errors-<suffix>}. */
  public String api5xxAlarm() {
    return "pii-scanner-api-5xx-errors-" + suffix;
  }

  /** Returns {@code kms-decrypt-anomaly-<suffix>}. */
  public String kmsDecryptAnomalyAlarm() {
    return "kms-decrypt-anomaly-" + suffix;
  }

  /** Returns {@code pii-scanner-dlq-not-empty-<suffix>}. */
  public String dlqNotEmptyAlarm() {
    return "pii-scanner-dlq-not-empty-" + suffix;
  }
}
