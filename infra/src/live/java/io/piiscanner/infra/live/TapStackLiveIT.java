package io.piiscanner.infra.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.infra.ResourceNames;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Runs against a deployed TapStack (AWS or LocalStack): {@code ./mvnw -pl infra verify -Plive}
 * after {@code infra/scripts/deploy.sh}. Endpoints follow {@code AWS_ENDPOINT_URL}, so the same
 * suite runs against LocalStack.
 */
class TapStackLiveIT {

  private static final Duration SCAN_TIMEOUT = Duration.ofMinutes(5);

  private static LiveOutputs outputs;
  private static Region region;
  private static S3Client s3;
  private static SqsClient sqs;
  private static SnsClient sns;
  private static SfnClient sfn;

  @BeforeAll
  static void connect() throws Exception {
    outputs = LiveOutputs.load().orElse(null);
    if (outputs == null) {
      return;
    }
    region = Region.of(outputs.get("Region"));
    s3 = S3Client.builder().region(region).build();
    sqs = SqsClient.builder().region(region).build();
    sns = SnsClient.builder().region(region).build();
    sfn = SfnClient.builder().region(region).build();
  }

  /** Each test is skipped, with the reason, when nothing is deployed. */
  @BeforeEach
  void requireDeployment() {
    assumeTrue(outputs != null, LiveOutputs.MISSING);
  }

  @AfterAll
  static void close() {
    for (AutoCloseable client : new AutoCloseable[] {s3, sqs, sns, sfn}) {
      try {
        if (client != null) {
          client.close();
        }
      } catch (Exception e) {
        // closing a client cannot change a test result
      }
    }
  }

  /** Found by their exact names: a suffix search would also find the alarms of suffix {@code pr-<suffix>}. */
  @Test
  void everyAlarmExistsByItsExactNameAndNotifiesTheAlertsTopic() throws Exception {
    List<String> expected = names().alarms();
    Map<String, List<String>> alarms = CloudWatchAlarms.describe(new SigV4Http(region.id()), region.id(), expected);
    assertThat(alarms.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(alarms.values()).allSatisfy(actions -> assertThat(actions).contains(outputs.get("AlertsTopicArn")));
  }

  /**
   * The notification arrives: the topic policy lets CloudWatch publish and the key lets it
   * encrypt. The alarm goes back to its metric's state at its next evaluation.
   */
  @Test
  void anAlarmNotificationReachesASubscriberOfTheAlertsTopic() throws Exception {
    String alarm = names().dlqNotEmptyAlarm();
    SigV4Http http = new SigV4Http(region.id());
    try (AlertInbox inbox = AlertInbox.subscribe(sqs, sns, outputs.get("AlertsTopicArn"), outputs.suffix())) {
      // From OK, so that the change to ALARM is a transition and its action runs.
      CloudWatchAlarms.setState(http, region.id(), alarm, "OK", "live suite: resetting before the notification test");
      CloudWatchAlarms.setState(http, region.id(), alarm, "ALARM", "live suite: checking that notifications are delivered");
      Message notification = await("notification of " + alarm, () -> inbox.receive("\"AlarmName\":\"" + alarm + "\""));
      assertThat(notification.body()).contains("\"NewStateValue\":\"ALARM\"");
    }
  }

  /**
   * Upload, scan, masked findings in the table (read through the API, which finds an object's
   * items by its key's HMAC), the result document named by that HMAC, and the alert.
   */
  @Test
  void anUploadWithPlantedPiiIsScannedStoredMaskedAndAlerted() throws Exception {
    Planted planted = Planted.generate();
    String bucket = outputs.get("DataBucketName");
    String key = outputs.get("UploadPrefix") + "live-it-" + UUID.randomUUID() + ".csv";
    SigV4Http http = new SigV4Http(region.id());
    String resultKey = null;
    try (AlertInbox inbox = AlertInbox.subscribe(sqs, sns, outputs.get("AlertsTopicArn"), outputs.suffix())) {
      s3.putObject(r -> r.bucket(bucket).key(key).contentType("text/csv"), RequestBody.fromString(planted.csv()));
      try {
        JsonNode stored =
            await("findings of " + key, () -> storedScan(http, key).filter(scan -> types(scan).contains("CREDIT_CARD")));
        assertThat(types(stored)).contains("CREDIT_CARD", "US_SSN");
        assertThat(stored.toString()).doesNotContain(planted.card()).doesNotContain(planted.ssn());
        JsonNode card = stream(stored.get("findings")).filter(f -> f.get("type").asText().equals("CREDIT_CARD")).findFirst().orElseThrow();
        assertThat(card.get("masked").asText()).endsWith(planted.card().substring(planted.card().length() - 4));

        String documentKey = stored.get("resultDocument").asText().substring(("s3://" + bucket + "/").length());
        resultKey = documentKey;
        assertThat(documentKey).as("named by the key's HMAC").matches(outputs.get("ResultsPrefix") + "[0-9a-f]{64}\\.json");
        String result = await("result document " + documentKey, () -> object(bucket, documentKey));
        assertThat(result).contains("CREDIT_CARD").doesNotContain(planted.card()).doesNotContain(planted.ssn());

        Message alert = await("alert for " + key, () -> inbox.receive(key));
        assertThat(alert.body()).contains("CREDIT_CARD").doesNotContain(planted.card()).doesNotContain(planted.ssn());
      } finally {
        deleteAllVersions(bucket, key);
        if (resultKey != null) {
          deleteAllVersions(bucket, resultKey);
        }
      }
    }
  }

  /**
   * An upload outside {@code incoming/} is scanned (EventBridge), and a backfill of its prefix on
   * the state machine scans it again (rescan all), writes a summary with the key masked, and
   * succeeds.
   */
  @Test
  void aBackfillOfAPrefixScansItsObjectsAndWritesAMaskedSummary() throws Exception {
    Planted planted = Planted.generate();
    String bucket = outputs.get("DataBucketName");
    String prefix = "live-backfill-" + UUID.randomUUID() + "/";
    String found = prefix + planted.card() + ".csv";
    String clean = prefix + "notes.txt";
    String name = "live-it-" + UUID.randomUUID();
    try {
      s3.putObject(r -> r.bucket(bucket).key(found), RequestBody.fromString(planted.csv()));
      s3.putObject(r -> r.bucket(bucket).key(clean), RequestBody.fromString("nothing personal in here\n"));
      await("the upload's scan through EventBridge", () -> tag(bucket, found, "pii-status"));

      String execution = sfn.startExecution(r -> r.stateMachineArn(outputs.get("BackfillStateMachineArn")).name(name)
          .input("{\"prefix\":\"" + prefix + "\",\"rescan\":\"all\",\"maxConcurrency\":2}")).executionArn();
      ExecutionStatus status = await("backfill " + name, () -> {
        ExecutionStatus s = sfn.describeExecution(r -> r.executionArn(execution)).status();
        return s == ExecutionStatus.RUNNING ? Optional.empty() : Optional.of(s);
      });
      assertThat(status).isEqualTo(ExecutionStatus.SUCCEEDED);
      String summary = object(bucket, "scan-results/backfill/" + name + "/summary.json").orElseThrow();
      JsonNode json = new ObjectMapper().readTree(summary);
      assertThat(json.get("objects").asLong()).isEqualTo(2);
      assertThat(json.get("found").asLong()).isEqualTo(1);
      assertThat(json.get("clean").asLong()).isEqualTo(1);
      assertThat(json.get("findingsByType").has("CREDIT_CARD")).isTrue();
      assertThat(summary).doesNotContain(planted.card()).doesNotContain(planted.ssn());
    } finally {
      deleteAllVersions(bucket, found);
      deleteAllVersions(bucket, clean);
      s3.listObjectVersionsPaginator(r -> r.bucket(bucket).prefix("scan-results/backfill/" + name + "/")).versions()
          .forEach(v -> s3.deleteObject(r -> r.bucket(bucket).key(v.key()).versionId(v.versionId())));
    }
  }

  private static Optional<String> tag(String bucket, String key, String name) {
    return s3.getObjectTagging(r -> r.bucket(bucket).key(key)).tagSet().stream()
        .filter(t -> t.key().equals(name)).map(software.amazon.awssdk.services.s3.model.Tag::value).findFirst();
  }

  /** The API scans inline text for a signed caller with the key, and validates the body. */
  @Test
  void theApiScansTextForASignedCallerAndRejectsAnInvalidBody() throws Exception {
    Planted planted = Planted.generate();
    SigV4Http http = new SigV4Http(region.id());
    URI scan = apiUri("scan");
    String body = "{\"text\":\"card_number: " + planted.card() + "\"}";

    HttpResponse<String> scanned = http.send("POST", scan, "execute-api", apiHeaders(http), body);
    assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(200);
    assertThat(scanned.body()).contains("CREDIT_CARD").doesNotContain(planted.card());

    HttpResponse<String> csv =
        http.send("POST", scan, "execute-api", apiHeaders(http), "{\"text\":\"name,card\\nA," + planted.card() + "\",\"format\":\"csv\"}");
    assertThat(csv.statusCode()).as("every documented field passes the request model: " + csv.body()).isEqualTo(200);

    HttpResponse<String> invalid = http.send("POST", scan, "execute-api", apiHeaders(http), "{\"objectKey\":\"a\",\"text\":\"b\"}");
    assertThat(invalid.statusCode()).as("schema allows exactly one of objectKey and text").isEqualTo(400);
  }

  /** A page token the API did not issue is refused, not passed to DynamoDB (which would make a 500). */
  @Test
  void aForgedPageTokenIsA400() throws Exception {
    SigV4Http http = new SigV4Http(region.id());
    String forged = Base64.getUrlEncoder().withoutPadding()
        .encodeToString("{\"gsi1pk\":\"US_SSN\",\"gsi1sk\":\"x\",\"pk\":\"a\",\"sk\":\"b\"}".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send("GET", URI.create(apiUri("findings") + "?type=CREDIT_CARD&nextToken=" + forged), "execute-api", apiHeaders(http), null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
  }

  /** An API key alone is not enough: unsigned requests are refused. */
  @Test
  void theApiRefusesAnUnsignedRequestThatHasTheKey() throws Exception {
    assumeTrue(
        System.getenv("AWS_ENDPOINT_URL") == null || Boolean.parseBoolean(System.getenv("PII_SCANNER_LIVE_ENFORCES_IAM")),
        "skipped: emulators do not enforce IAM authorization by default");
    SigV4Http http = new SigV4Http(region.id());
    HttpResponse<String> unsigned = http.sendUnsigned("POST", apiUri("scan"), apiHeaders(http), "{\"text\":\"hello\"}");
    assertThat(unsigned.statusCode()).as(unsigned.body()).isEqualTo(403);
  }

  /** The stack's names for the deployed suffix; only the suffix-derived names are used. */
  private static ResourceNames names() {
    return new ResourceNames(outputs.suffix(), "");
  }

  private static URI apiUri(String path) {
    return URI.create(outputs.get("ApiUrl").replaceAll("/?$", "/") + path);
  }

  private static Map<String, String> apiHeaders(SigV4Http http) throws Exception {
    return Map.of("content-type", "application/json", "x-api-key", apiKeyValue(http));
  }

  /** The key's value, from API Gateway's management API (GET /apikeys/{id}?includeValue=true). */
  private static String apiKeyValue(SigV4Http http) throws Exception {
    String endpoint =
        Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL")).orElse("https://apigateway." + region.id() + ".amazonaws.com");
    URI uri = URI.create(endpoint.replaceAll("/$", "") + "/apikeys/" + outputs.get("ApiKeyId") + "?includeValue=true");
    HttpResponse<String> response = http.send("GET", uri, "apigateway", Map.of("accept", "application/json"), null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body()).get("value").asText();
  }

  /** {@code GET /findings?objectKey=}: the object's latest scan with its findings, once one is stored. */
  private static Optional<JsonNode> storedScan(SigV4Http http, String key) {
    try {
      URI uri = URI.create(apiUri("findings") + "?objectKey=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
      HttpResponse<String> response = http.send("GET", uri, "execute-api", apiHeaders(http), null);
      if (response.statusCode() == 404) {
        return Optional.empty();
      }
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return Optional.of(new ObjectMapper().readTree(response.body()));
    } catch (Exception e) {
      throw new IllegalStateException("GET /findings failed", e);
    }
  }

  private static List<String> types(JsonNode scan) {
    return stream(scan.get("findings")).map(f -> f.get("type").asText()).toList();
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }

  private static Optional<String> object(String bucket, String key) {
    try {
      return Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  private static void deleteAllVersions(String bucket, String key) {
    s3.listObjectVersionsPaginator(r -> r.bucket(bucket).prefix(key)).versions().stream()
        .filter(v -> v.key().equals(key))
        .forEach(v -> s3.deleteObject(r -> r.bucket(bucket).key(key).versionId(v.versionId())));
  }

  /** Polls until the supplier yields a value, for at most {@link #SCAN_TIMEOUT}. */
  private static <T> T await(String what, Supplier<Optional<T>> probe) throws InterruptedException {
    Instant deadline = Instant.now().plus(SCAN_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      Thread.sleep(5_000);
    }
    throw new AssertionError("timed out after " + SCAN_TIMEOUT + " waiting for " + what);
  }

  /**
   * Synthetic values that pass their checksums: a Visa number (Luhn) and an SSN outside the
   * reserved ranges, different on every run so that a stale item cannot pass the test.
   */
  record Planted(String card, String ssn) {

    static Planted generate() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      StringBuilder card = new StringBuilder("4");
      while (card.length() < 15) {
        card.append(random.nextInt(10));
      }
      card.append(luhnCheckDigit(card));
      String ssn = String.format("%03d-%02d-%04d", random.nextInt(1, 666), random.nextInt(1, 100), random.nextInt(1, 10_000));
      return new Planted(card.toString(), ssn);
    }

    String csv() {
      return "customer,card_number,ssn\nJordan Example," + card + "," + ssn + "\n";
    }

    private static int luhnCheckDigit(CharSequence digits) {
      int sum = 0;
      for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
        int d = digits.charAt(i) - '0';
        if (position % 2 == 0) {
          d *= 2;
          if (d > 9) {
            d -= 9;
          }
        }
        sum += d;
      }
      return (10 - sum % 10) % 10;
    }
  }

  /** A temporary queue subscribed to the alerts topic, deleted with its subscription afterwards. */
  private record AlertInbox(SqsClient sqs, SnsClient sns, String queueUrl, String subscriptionArn) implements AutoCloseable {

    static AlertInbox subscribe(SqsClient sqs, SnsClient sns, String topicArn, String suffix) {
      String queueUrl = sqs.createQueue(r -> r.queueName("pii-scanner-live-it-" + suffix + "-" + System.currentTimeMillis())).queueUrl();
      String queueArn =
          sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
              .attributes()
              .get(QueueAttributeName.QUEUE_ARN);
      String policy =
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"sns.amazonaws.com\"},"
              + "\"Action\":\"sqs:SendMessage\",\"Resource\":\"" + queueArn + "\",\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\""
              + topicArn + "\"}}}]}";
      sqs.setQueueAttributes(r -> r.queueUrl(queueUrl).attributes(Map.of(QueueAttributeName.POLICY, policy)));
      String subscription =
          sns.subscribe(r -> r.topicArn(topicArn).protocol("sqs").endpoint(queueArn).returnSubscriptionArn(true)
                  .attributes(Map.of("RawMessageDelivery", "true")))
              .subscriptionArn();
      return new AlertInbox(sqs, sns, queueUrl, subscription);
    }

    /** Returns a received alert that mentions the text, if one arrived. */
    Optional<Message> receive(String mentioning) {
      return sqs.receiveMessage(r -> r.queueUrl(queueUrl).waitTimeSeconds(5).maxNumberOfMessages(10)).messages().stream()
          .filter(m -> m.body().contains(mentioning))
          .findFirst();
    }

    @Override
    public void close() {
      sns.unsubscribe(r -> r.subscriptionArn(subscriptionArn));
      sqs.deleteQueue(r -> r.queueUrl(queueUrl));
    }
  }
}
