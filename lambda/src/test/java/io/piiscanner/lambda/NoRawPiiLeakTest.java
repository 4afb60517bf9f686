package io.piiscanner.lambda;

import static io.piiscanner.core.read.Archives.entries;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.piiscanner.core.read.Archives;
import io.piiscanner.core.read.Documents;
import io.piiscanner.core.read.Mails;
import io.piiscanner.core.read.OfficeMetadata;
import io.piiscanner.core.read.avro.AvroFixtures;
import io.piiscanner.core.read.parquet.ParquetFixtures;
import io.piiscanner.lambda.api.ApiHandler;
import io.piiscanner.lambda.backfill.BatchHandler;
import io.piiscanner.lambda.backfill.SummaryHandler;
import io.piiscanner.lambda.s3event.S3EventHandler;
import io.piiscanner.lambda.sqs.SqsHandler;
import io.piiscanner.lambda.testing.Batches;
import io.piiscanner.lambda.testing.ElasticMq;
import io.piiscanner.lambda.testing.EventSourceMapping;
import io.piiscanner.lambda.testing.Events;
import io.piiscanner.lambda.testing.LocalAws;
import io.piiscanner.lambda.testing.OutputCapture;
import io.piiscanner.lambda.testing.Pii;
import io.piiscanner.lambda.testing.TestContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;

/**
 * The promise that matters most: planted personal data goes in through every entry point, in
 * content and in object keys, and no raw value, in any spelling, comes out in a log line, a
 * metric, a result document or its name, a table item or its keys, an alert or an API response.
 */
class NoRawPiiLeakTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noEntryPointLetsARawValueOut() throws Exception {
        Run run = run((deployment, service) -> {
            deployment.put("leak/event.csv", Pii.bytes(Pii.CSV));
            deployment.put("leak/queued.txt", Pii.bytes(Pii.TEXT));
            deployment.put(
                    "leak/api.json",
                    Pii.bytes(JSON.writeValueAsString(Map.of(
                            "customer",
                            Map.of("card", Pii.CARD, "ssn", Pii.SSN, "email", Pii.EMAIL, "iban", Pii.IBAN)))));

            new S3EventHandler(service)
                    .handleRequest(
                            Events.s3(List.of(new Events.S3Record(
                                    "ObjectCreated:Put", deployment.bucket(), "leak/event.csv", null, 100))),
                            new TestContext());

            ElasticMq sqs = LocalAws.get().sqs();
            String dlq = sqs.createQueue("leak-dlq", Map.of());
            String queue = sqs.createQueue(
                    "leak",
                    Map.of(
                            "VisibilityTimeout",
                            "1",
                            "RedrivePolicy",
                            "{\"deadLetterTargetArn\":\"" + sqs.attribute(dlq, "QueueArn")
                                    + "\",\"maxReceiveCount\":\"1\"}"));
            sqs.send(queue, "{\"key\":\"leak/queued.txt\"}");
            sqs.send(queue, "card " + Pii.CARD + " ssn " + Pii.SSN + " is not a reference");
            sqs.send(queue, "{\"key\":" + Pii.CARD + ", \"email\": \"" + Pii.EMAIL + "\"}");
            new EventSourceMapping(sqs, queue, new SqsHandler(service)).drain(new TestContext());

            return List.of(
                    Events.api("POST", "/scan", null, "{\"objectKey\":\"leak/api.json\"}"),
                    Events.api("POST", "/scan", null, JSON.writeValueAsString(Map.of("text", Pii.TEXT))),
                    Events.api("POST", "/scan", null, "{\"text\": \"" + Pii.TEXT.replace("\n", " ") + "\" " + Pii.CARD),
                    Events.api("POST", "/scan", null, "{\"objectKey\": \"" + Pii.IBAN + "\"}"),
                    Events.api("GET", "/findings", Map.of("objectKey", "leak/event.csv"), null),
                    Events.api("GET", "/findings", Map.of("type", "CREDIT_CARD"), null),
                    Events.api("GET", "/findings", Map.of("type", Pii.EMAIL), null));
        });

        // The test must see real output, or it proves nothing.
        assertThat(run.logs())
                .contains("\"message\":\"scanned\"")
                .contains("\"_aws\"")
                .contains("FindingsByType")
                .contains("invalid message");
        assertThat(run.stored().documents()).hasSize(3);
        assertThat(run.stored().items()).hasSizeGreaterThan(20);
        assertThat(run.stored().alerts()).hasSize(3);
        assertThat(run.responses())
                .anySatisfy(r -> assertThat(r).startsWith("200").contains("************1111"));
        assertThat(run.responses()).anySatisfy(r -> assertThat(r).startsWith("400"));

        run.assertNoneHolds(Pii.FORBIDDEN);
    }

    /**
     * Object keys are outputs too: keys holding values reach every entry point, a headerless CSV
     * and JSON keys hold more, and no output names them raw, neither in what it says nor in the
     * names it stores things under (table keys, result document names).
     */
    @Test
    void noObjectKeyOrFieldNameLetsARawValueOut() throws Exception {
        String cardKey = "incoming/4111111111111111.csv";
        String jsonKey = "exports/536-90-4399/GB82WEST12345698765432.json";
        String headerless = "card-5555555555554444.csv";
        String emailKey = "people/alice@example.com.ndjson";
        Run run = run((deployment, service) -> {
            deployment.put(cardKey, Pii.bytes(Pii.CSV));
            deployment.put(
                    jsonKey, Pii.bytes("{\"536-90-4399\": {\"GB82WEST12345698765432\": \"x 5555555555554444\"}}"));
            deployment.put(
                    headerless,
                    Pii.bytes("alice@example.com,4111111111111111,536-90-4399\n"
                            + "bob@example.org,5555555555554444,536-90-4399\n"));
            deployment.put(emailKey, Pii.bytes("{\"4111111111111111\": \"" + Pii.EMAIL + "\"}\n"));

            new S3EventHandler(service)
                    .handleRequest(
                            Events.s3(List.of(
                                    created(deployment, cardKey),
                                    created(deployment, jsonKey),
                                    created(deployment, emailKey))),
                            new TestContext());

            ElasticMq sqs = LocalAws.get().sqs();
            String queue = sqs.createQueue("names", Map.of("VisibilityTimeout", "1"));
            sqs.send(queue, JSON.writeValueAsString(Map.of("key", headerless)));
            sqs.send(queue, JSON.writeValueAsString(Map.of("key", cardKey, "rescan", true)));
            new EventSourceMapping(sqs, queue, new SqsHandler(service)).drain(new TestContext());

            return List.of(
                    Events.api("POST", "/scan", null, JSON.writeValueAsString(Map.of("objectKey", jsonKey))),
                    Events.api("POST", "/scan", null, JSON.writeValueAsString(Map.of("objectKey", "gone/" + cardKey))),
                    Events.api("GET", "/findings", Map.of("objectKey", cardKey), null),
                    Events.api("GET", "/findings", Map.of("objectKey", headerless), null),
                    Events.api("GET", "/findings", Map.of("type", "CREDIT_CARD"), null),
                    Events.api("GET", "/findings", Map.of("type", "US_SSN"), null));
        });

        // The test must see real output, or it proves nothing: every object scanned, stored,
        // alerted and found again by its key, with the names masked.
        assertThat(run.stored().documents()).hasSize(4);
        assertThat(run.stored().alerts())
                .hasSize(4)
                .anySatisfy(a -> assertThat(a).contains("incoming/************1111.csv"));
        assertThat(run.stored().items())
                .anySatisfy(i -> assertThat(i).contains("exports/***-**-4399/GB****************5432.json"));
        List<String> responses = run.responses();
        assertThat(responses.get(0)).startsWith("200").contains("exports/***-**-4399/GB****************5432.json");
        assertThat(responses.get(1)).startsWith("404");
        assertThat(responses.get(2)).startsWith("200").contains("\"objectKey\":\"incoming/************1111.csv\"");
        assertThat(responses.get(3)).startsWith("200").contains("\"field\":\"column 2\"");
        assertThat(responses.get(4)).startsWith("200").contains("$['***-**-4399']['GB****************5432']");
        assertThat(run.logs()).contains("card-************4444.csv");

        List<String> forbidden = new ArrayList<>(Pii.FORBIDDEN);
        forbidden.addAll(List.of(
                "4111111111111111",
                "5555555555554444",
                "536-90-4399",
                "536904399",
                "GB82WEST12345698765432",
                "alice@example.com"));
        run.assertNoneHolds(forbidden);
    }

    /**
     * Archives, emails and markup: values in members, nested archives, attachments, header fields,
     * attribute values and elements, and in the names of members and attachments; every output
     * carries where each finding is, and none holds a raw value.
     */
    @Test
    void noArchiveEmailOrMarkupLetsARawValueOut() throws Exception {
        byte[] zip = Archives.zip(entries(
                "2024/customers.csv",
                Pii.CSV,
                "notes/4111111111111111.txt",
                Pii.TEXT,
                "inner/536-90-4399.zip",
                Archives.zip(entries("record.txt", Pii.TEXT))));
        byte[] mail = Mails.message()
                .from("billing@bank.example")
                .to(Pii.EMAIL)
                .subject("Card " + Pii.CARD + " SSN " + Pii.SSN)
                .text(Pii.TEXT)
                .attach("GB82WEST12345698765432.csv", "text/csv", Pii.bytes(Pii.CSV))
                .bytes();
        String html = "<html><body><p data-card=\"" + Pii.CARD + "\">SSN " + Pii.SSN + "</p><a href=\"mailto:"
                + Pii.EMAIL + "\">x</a><span>IBAN " + Pii.IBAN + " key " + Pii.AWS_KEY + "</span></body></html>\n";
        String xml = "<?xml version=\"1.0\"?>\n<customer ssn=\"" + Pii.SSN + "\"><card_number>" + Pii.CARD_SPACED
                + "</card_number><iban>" + Pii.IBAN + "</iban></customer>\n";
        byte[] tar = Archives.gzip(Archives.tar(entries("exports/alice@example.com.csv", Pii.CSV)));
        List<String> keys = List.of(
                "formats/export.zip",
                "formats/statement.eml",
                "formats/page.html",
                "formats/feed.xml",
                "formats/backup.tar.gz");
        Run run = run((deployment, service) -> {
            deployment.put(keys.get(0), zip);
            deployment.put(keys.get(1), mail);
            deployment.put(keys.get(2), Pii.bytes(html));
            deployment.put(keys.get(3), Pii.bytes(xml));
            deployment.put(keys.get(4), tar);
            new S3EventHandler(service)
                    .handleRequest(
                            Events.s3(keys.stream()
                                    .map(k -> created(deployment, k))
                                    .toList()),
                            new TestContext());
            return List.of(
                    Events.api("GET", "/findings", Map.of("objectKey", keys.get(0)), null),
                    Events.api("GET", "/findings", Map.of("objectKey", keys.get(1)), null),
                    Events.api("GET", "/findings", Map.of("type", "CREDIT_CARD"), null));
        });

        // The test must see real output, or it proves nothing: every object scanned and found,
        // the members and pieces named in documents, items, alerts and responses.
        assertThat(run.stored().documents())
                .hasSize(5)
                .anySatisfy(d -> assertThat(d).contains("\"entry\" : \"notes/************1111.txt\""))
                .anySatisfy(d -> assertThat(d).contains("\"entry\" : \"inner/***-**-4399.zip!/record.txt\""))
                .anySatisfy(d -> assertThat(d).contains("\"part\" : \"headers\""))
                .anySatisfy(d -> assertThat(d).contains("\"field\" : \"/customer/card_number\""));
        assertThat(run.stored().items()).anySatisfy(i -> assertThat(i).contains("GB****************5432.csv"));
        assertThat(run.stored().alerts())
                .hasSize(5)
                .anySatisfy(a -> assertThat(a).contains("\"sampleLocations\"").contains("2024/customers.csv:2:"));
        assertThat(run.responses().get(0))
                .startsWith("200")
                .contains("\"location\":{\"entry\":\"2024/customers.csv\"}");
        assertThat(run.responses().get(1)).startsWith("200").contains("\"location\":{\"part\":\"headers\"}");

        List<String> forbidden = new ArrayList<>(Pii.FORBIDDEN);
        forbidden.addAll(List.of("4111111111111111", "536-90-4399", "GB82WEST12345698765432", "alice@example.com"));
        run.assertNoneHolds(forbidden);
    }

    /**
     * Excel workbooks, Word documents and PDFs reach the service as S3 objects: read in place, every
     * finding located by sheet and cell, paragraph or table cell, document property, or page, with a
     * sheet or property named after a value masked, and no raw value in any output.
     */
    @Test
    void noWorkbookDocumentOrPdfLetsARawValueOut() throws Exception {
        byte[] xlsx = Documents.workbook()
                .sheet("Customers")
                .row("name", "card_number", "ssn", "email")
                .row("Jane Doe", Long.parseLong(Pii.CARD), Pii.SSN, Pii.EMAIL)
                .sheet("alice@example.com")
                .row("note")
                .row(Pii.TEXT)
                .bytes();
        // Its properties too: the author's e-mail, and an SSN in a custom property named after a value.
        byte[] docx = OfficeMetadata.docx(
                Documents.document(Pii.TEXT, new String[][] {{"card", "ssn"}, {Pii.CARD, Pii.SSN}}),
                new OfficeMetadata.Properties(
                        null,
                        null,
                        Pii.EMAIL,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        OfficeMetadata.custom("alice@example.com", Pii.SSN)));
        byte[] pdf = Documents.pdf(List.of("Statement", Pii.TEXT.strip()));
        Map<String, byte[]> objects = new LinkedHashMap<>();
        objects.put("documents/customers.xlsx", xlsx);
        objects.put("documents/record.docx", docx);
        objects.put("documents/statement.pdf", pdf);
        Run run = scanUploads(objects, "documents/customers.xlsx", "documents/statement.pdf");

        // The test must see real output, or it proves nothing: each object scanned, its findings
        // located in the documents, the table and the responses, the sheet's name masked.
        assertThat(run.stored().documents())
                .hasSize(3)
                .anySatisfy(d -> assertThat(d)
                        .contains("\"sheet\" : \"Customers\"")
                        .contains("\"cell\" : \"B2\"")
                        .contains("\"field\" : \"card_number\"")
                        .contains("\"sheet\" : \"a****@*******.com\""))
                .anySatisfy(d -> assertThat(d).contains("\"part\" : \"table 1\""))
                .anySatisfy(d -> assertThat(d).contains("\"part\" : \"properties\""))
                .anySatisfy(d -> assertThat(d).contains("\"page\" : 2"));
        assertThat(run.stored().items()).anySatisfy(i -> assertThat(i).contains("B2"));
        assertThat(run.responses().get(0))
                .startsWith("200")
                .contains("\"field\":\"card_number\"")
                .contains("\"sheet\":\"Customers\"")
                .contains("\"cell\":\"B2\"");
        assertThat(run.responses().get(1)).startsWith("200").contains("\"page\":2");

        List<String> forbidden = new ArrayList<>(Pii.FORBIDDEN);
        forbidden.add("alice@example.com");
        run.assertNoneHolds(forbidden);
    }

    /**
     * Parquet and Avro objects, read in place by ranged GETs: a card as a string in a nested column
     * and as an int64, an SSN, an email and an IBAN in columns named for them, and values as Avro
     * map keys, which are names; documents, items and alerts carry the record and the column.
     */
    @Test
    void noColumnarFileLetsARawValueOut() throws Exception {
        MessageType schema = MessageTypeParser.parseMessageType("""
                message customer {
                  required binary email (STRING);
                  optional group payment {
                    optional binary card (STRING);
                    optional int64 card_number;
                  }
                  optional binary ssn (STRING);
                  optional binary iban (STRING);
                }
                """);
        byte[] parquet = ParquetFixtures.write(schema, CompressionCodecName.SNAPPY, 100, f -> {
            Group quiet = f.newGroup().append("email", "nobody");
            Group row = f.newGroup()
                    .append("email", Pii.EMAIL)
                    .append("ssn", Pii.SSN)
                    .append("iban", Pii.IBAN);
            row.addGroup("payment").append("card", Pii.CARD_SPACED).append("card_number", Long.parseLong(Pii.CARD));
            return List.of(quiet, row);
        });
        Schema avroSchema = new Schema.Parser().parse("""
                {"type": "record", "name": "Customer", "fields": [
                  {"name": "attributes", "type": {"type": "map", "values": "string"}}]}
                """);
        GenericRecord record = new GenericData.Record(avroSchema);
        record.put("attributes", Map.of(Pii.EMAIL, "card " + Pii.CARD, "ssn", Pii.SSN));
        byte[] avro = AvroFixtures.write(avroSchema, "deflate", List.of(record));
        Map<String, byte[]> objects = new LinkedHashMap<>();
        objects.put("lake/customers.parquet", parquet);
        objects.put("lake/customers.avro", avro);
        Run run = scanUploads(objects, "lake/customers.parquet", "lake/customers.avro");

        assertThat(run.stored().documents())
                .hasSize(2)
                .anySatisfy(d -> assertThat(d)
                        .contains("\"record\" : 1")
                        .contains("\"column\" : 2")
                        .contains("\"field\" : \"payment.card\""))
                // The map key is a name holding an email: the path is masked as one.
                .anySatisfy(d -> assertThat(d).contains("\"field\" : \"a******************@*******.com\""));
        assertThat(run.stored().alerts()).hasSize(2);
        assertThat(run.responses().get(0)).startsWith("200").contains("\"location\":{\"column\":3,\"record\":1}");
        assertThat(run.responses().get(1)).startsWith("200").contains("\"location\":{\"record\":0}");

        List<String> forbidden = new ArrayList<>(Pii.FORBIDDEN);
        forbidden.add(Pii.CARD);
        run.assertNoneHolds(forbidden);
    }

    /**
     * The backfill: values in object keys (a listing's plain keys, an inventory's URL-encoded ones)
     * and contents go through batches and the summary step, and none comes out raw in the batches'
     * outputs (which the result writer stores), the summary, the summary step's answer, the logs, or
     * the items and alerts of the objects scanned.
     */
    @Test
    void noBackfillBatchOrSummaryLetsARawValueOut() throws Exception {
        String cardKey = "backfill/4111111111111111.csv";
        String nestedKey = "backfill/536-90-4399/alice@example.com.json";
        String cutKey = "backfill/GB82WEST12345698765432.txt.gz";
        String goneKey = "backfill/gone/5555555555554444.txt";
        String run = SummaryHandler.PREFIX + "leak/";
        List<String> outputs = new ArrayList<>();
        Run result = run((deployment, service) -> {
            deployment.put(cardKey, Pii.bytes(Pii.CSV));
            deployment.put(
                    nestedKey,
                    Pii.bytes(JSON.writeValueAsString(
                            Map.of("536-90-4399", Map.of("email", Pii.EMAIL, "iban", Pii.IBAN)))));
            byte[] gz = Archives.gzip(Pii.bytes(Pii.TEXT.repeat(40)));
            deployment.put(cutKey, Arrays.copyOf(gz, gz.length / 2));
            ArrayNode items = Batches.listed(List.of(cardKey, cutKey, goneKey));
            items.addObject()
                    .put("key", URLEncoder.encode(nestedKey, StandardCharsets.UTF_8))
                    .put("encoded", true);
            items.addObject().put("key", "backfill/%zz" + Pii.CARD).put("encoded", true);
            BatchHandler batches = new BatchHandler(service);
            Batches.Run listed = Batches.run(batches, Batches.batch(items, "none"), 300_000);
            Batches.Run rescan = Batches.run(batches, Batches.batch(Batches.listed(List.of(cardKey)), "all"), 300_000);
            outputs.add(listed.lastOutput().toString());
            outputs.add(rescan.lastOutput().toString());

            ArrayNode succeeded = JSON.createArrayNode();
            succeeded.addObject().set("tally", listed.tally());
            succeeded.addObject().set("tally", rescan.tally());
            ArrayNode failed = JSON.createArrayNode();
            failed.addObject()
                    .put("Error", "States.Timeout")
                    .put("Status", "FAILED")
                    .put(
                            "Input",
                            JSON.writeValueAsString(
                                    Batches.batch(Batches.listed(List.of(cardKey, nestedKey)), "none")));
            String manifest = Batches.results(deployment, run + "uuid/", succeeded, failed);
            ObjectNode input = JSON.createObjectNode()
                    .put("execution", "leak")
                    .put("manifestKey", manifest)
                    .put("startedAt", "2026-01-01T00:00:00Z")
                    .put("rescan", "none")
                    .put("toleratedFailurePercentage", 5);
            input.putObject("source").put("prefix", "backfill/" + Pii.CARD + "/");
            outputs.add(JSON.writeValueAsString(new SummaryHandler(service, Clock.systemUTC())
                    .handleRequest(JSON.convertValue(input, new TypeReference<>() {}), new TestContext())));
            // Step Functions' copy of a failed child's input, planted above: an input, not an output.
            LocalAws.get().s3().deleteObject(b -> b.bucket(deployment.bucket()).key(run + "uuid/FAILED_0.json"));
            return List.of(Events.api("GET", "/findings", Map.of("objectKey", cardKey), null));
        });

        // The test must see real output, or it proves nothing: every outcome counted, the objects
        // stored and alerted, the summary written, keys shown masked.
        assertThat(outputs.get(0))
                .contains("\"objects\":5,\"scanned\":2")
                .contains("no longer exists")
                .contains("malformed URL encoding in object key")
                .contains("truncated gzip stream")
                .contains("backfill/************1111.csv");
        assertThat(outputs.get(2))
                .contains("\"summaryKey\":\"" + run + "summary.json\"")
                .contains("\"objects\":8");
        assertThat(result.stored().documents())
                .anySatisfy(d -> assertThat(d)
                        .startsWith(run + "summary.json")
                        .contains("backfill/***-**-4399/")
                        .contains("child workflow failed: States.Timeout"))
                .anySatisfy(d -> assertThat(d).startsWith(run + "uuid/SUCCEEDED_0.json"));
        assertThat(result.stored().alerts()).hasSize(3);
        assertThat(result.responses().get(0)).startsWith("200").contains("backfill/************1111.csv");
        assertThat(result.logs()).contains("batch handled").contains("backfill summarised");

        List<String> forbidden = new ArrayList<>(Pii.FORBIDDEN);
        forbidden.addAll(List.of(
                "4111111111111111",
                "5555555555554444",
                "536-90-4399",
                "536904399",
                "GB82WEST12345698765432",
                "alice@example.com",
                "alice%40example.com"));
        result.assertNoneHolds(forbidden);
        for (String raw : forbidden) {
            outputs.forEach(o -> assertThat(o).as("backfill step output").doesNotContain(raw));
        }
    }

    private static Events.S3Record created(LocalAws.Deployment deployment, String key) {
        String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
        return new Events.S3Record("ObjectCreated:Put", deployment.bucket(), encoded, null, 100);
    }

    /** Puts objects in a fresh deployment and drives its event and queue handlers; returns the API requests to send. */
    @FunctionalInterface
    private interface Driver {
        List<APIGatewayProxyRequestEvent> drive(LocalAws.Deployment deployment, ScannerService service)
                throws Exception;
    }

    /** Runs a driver, then the API requests it returns, capturing every log and metric line. */
    /**
     * Uploads objects in order, hands their creation events to the S3 event handler, then asks the
     * API for the findings of the objects named.
     */
    private static Run scanUploads(Map<String, byte[]> objects, String... findingsOf) throws Exception {
        return run((deployment, service) -> {
            objects.forEach(deployment::put);
            new S3EventHandler(service)
                    .handleRequest(
                            Events.s3(objects.keySet().stream()
                                    .map(k -> created(deployment, k))
                                    .toList()),
                            new TestContext());
            return Arrays.stream(findingsOf)
                    .map(k -> Events.api("GET", "/findings", Map.of("objectKey", k), null))
                    .toList();
        });
    }

    private static Run run(Driver driver) throws Exception {
        List<String> responses = new ArrayList<>();
        LocalAws.Deployment deployment;
        String logs;
        try (OutputCapture output = new OutputCapture()) {
            deployment = LocalAws.get().deploy(false, Map.of());
            ScannerService service = deployment.service();
            ApiHandler api = new ApiHandler(service);
            for (APIGatewayProxyRequestEvent request : driver.drive(deployment, service)) {
                APIGatewayProxyResponseEvent response = api.handleRequest(request, new TestContext());
                responses.add(response.getStatusCode() + " " + response.getBody());
            }
            logs = output.text();
        }
        return new Run(responses, logs, Stored.of(deployment));
    }

    /** What a run produced: API responses (status and body), the captured output, and what was stored. */
    private record Run(List<String> responses, String logs, Stored stored) {

        void assertNoneHolds(List<String> forbidden) {
            for (String raw : forbidden) {
                assertThat(logs).as("logs and metrics must not contain %s", raw).doesNotContain(raw);
                stored.documents()
                        .forEach(d -> assertThat(d).as("result document").doesNotContain(raw));
                stored.items().forEach(i -> assertThat(i).as("table item").doesNotContain(raw));
                stored.alerts().forEach(a -> assertThat(a).as("alert").doesNotContain(raw));
                responses.forEach(r -> assertThat(r).as("API response").doesNotContain(raw));
            }
        }
    }

    /** What a deployment stored: result documents with their names, table items with their keys, alerts. */
    private record Stored(List<String> documents, List<String> items, List<String> alerts) {

        static Stored of(LocalAws.Deployment deployment) {
            List<String> documents = new ArrayList<>();
            LocalAws.get()
                    .s3()
                    .listObjectsV2Paginator(b -> b.bucket(deployment.bucket()).prefix("scan-results/"))
                    .contents()
                    .forEach(o -> documents.add(o.key() + "\n" + deployment.read(o.key())));
            return new Stored(
                    documents,
                    deployment.items().stream().map(Object::toString).toList(),
                    deployment.alerts().stream()
                            .map(a -> a.subject() + "\n" + a.message())
                            .toList());
        }
    }
}
