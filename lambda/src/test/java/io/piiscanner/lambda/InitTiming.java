package io.piiscanner.lambda;

import io.piiscanner.api.ServiceEnvironment;
import io.piiscanner.core.read.parquet.ParquetFixtures;
import io.piiscanner.lambda.testing.LocalAws;
import io.piiscanner.lambda.testing.Pii;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Types;

/**
 * Measures the service's local init and first-invocation times: starts the local AWS
 * implementations, then runs {@link InitProbe} in fresh JVMs on the deployment jar, with the JVM
 * options of Lambda's Java runtime, and prints what each run reports. A measurement to read,
 * not a test: times depend on the machine. The first invocation scans a CSV object, or with
 * {@code parquet} a Parquet object of the same customers (read by ranged GETs). Usage (after
 * {@code package}):
 * <pre>
 * java -cp lambda/target/test-classes:$(cat lambda/target/test.classpath) io.piiscanner.lambda.InitTiming [runs] [parquet]
 * </pre>
 */
public final class InitTiming {

    private InitTiming() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        System.setProperty("aws.disableEc2Metadata", "true");
        // What the surefire configuration sets for the tests.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        if (System.getProperty("sqlite4java.library.path") == null) {
            System.setProperty("sqlite4java.library.path", "lambda/target/sqlite4java");
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        boolean parquet = args.length > 1 && args[1].equals("parquet");
        Path jar = Path.of("lambda/target/pii-scanner-lambda.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -pl lambda package first");
        }
        LocalAws.Deployment deployment = LocalAws.get().deploy(false, Map.of());
        List<String> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String first = "timing/" + i + (parquet ? "/customers.parquet" : "/customers.csv");
            String second = "timing/" + i + "/ticket.txt";
            deployment.put(first, parquet ? customersParquet() : Pii.bytes(Pii.CSV));
            deployment.put(second, Pii.bytes(Pii.TEXT));
            ProcessBuilder child = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // What Lambda's Java runtime starts the JVM with.
                    "-XX:+TieredCompilation",
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-Daws.accessKeyId=test",
                    "-Daws.secretAccessKey=test",
                    "-Daws.disableEc2Metadata=true",
                    "-cp",
                    jar + File.pathSeparator + "lambda/target/test-classes",
                    InitProbe.class.getName(),
                    first,
                    second);
            child.environment().putAll(deployment.env());
            child.environment().put("AWS_REGION", "us-east-1");
            child.environment().put("AWS_EMF_ENVIRONMENT", "Lambda");
            child.environment().put("AWS_XRAY_CONTEXT_MISSING", "IGNORE_ERROR");
            child.environment().put(ServiceEnvironment.SERVICE_NAME, ServiceEnvironment.DEFAULT_SERVICE_NAME);
            child.redirectErrorStream(true);
            Process process = child.start();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("TIMING")) {
                        results.add(line);
                    }
                }
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the probe failed with exit " + process.exitValue());
            }
        }
        System.out.println(Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version"));
        results.forEach(System.out::println);
        System.exit(0);
    }

    /** The customers of {@link Pii#CSV} as a snappy-compressed Parquet file, every column a string. */
    private static byte[] customersParquet() {
        String[] header = {"name", "card_number", "ssn", "email", "iban", "aws_access_key_id"};
        String[][] rows = {
            {"Jane Doe", Pii.CARD, Pii.SSN, Pii.EMAIL, Pii.IBAN, Pii.AWS_KEY},
            {"Roe, John", Pii.CARD_SPACED, Pii.SSN, Pii.EMAIL, Pii.IBAN, Pii.AWS_KEY}
        };
        Types.MessageTypeBuilder schema = Types.buildMessage();
        for (String column : header) {
            schema.optional(PrimitiveType.PrimitiveTypeName.BINARY)
                    .as(LogicalTypeAnnotation.stringType())
                    .named(column);
        }
        MessageType type = schema.named("customers");
        return ParquetFixtures.write(
                type,
                CompressionCodecName.SNAPPY,
                1000,
                f -> java.util.Arrays.stream(rows)
                        .map(cells -> {
                            Group row = f.newGroup();
                            for (int c = 0; c < header.length; c++) {
                                row.append(header[c], cells[c]);
                            }
                            return row;
                        })
                        .toList());
    }
}
