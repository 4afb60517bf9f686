package io.piiscanner.bench;

import io.piiscanner.core.corpus.Document;
import io.piiscanner.core.read.Archives;
import io.piiscanner.core.read.Documents;
import io.piiscanner.core.read.Mails;
import io.piiscanner.core.read.avro.AvroFixtures;
import io.piiscanner.core.read.parquet.ParquetFixtures;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.InputSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Engine#scan} of the sparse sample packed in each format of issue 15, against the same
 * documents as plain files ({@code files}): what reading a format costs on top of scanning its
 * text. The counter is MB/s of the documents' own bytes, so the rows compare directly. Inputs are
 * streams, as from standard input; a ZIP, Parquet or Avro file, workbook, Word document or PDF is
 * read through a temporary copy, as any stream of a format that needs random access. Parquet and
 * Avro hold each line of each document as a record ({@code document}, {@code line}), snappy-compressed.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class FormatBenchmark extends SampledBenchmark {

    @Param({
        "files", "gzip", "bzip2", "xz", "zstd", "zip", "tar.gz", "email", "html", "xml", "parquet", "avro", "xlsx",
        "xls", "docx", "pdf"
    })
    public String format;

    private Sample sample;
    private Engine engine;
    private Map<String, byte[]> inputs;

    @Setup
    public void setUp() {
        sample = sample("sparse");
        engine = Engine.withDefaults();
        inputs = new LinkedHashMap<>();
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (Document d : sample.documents) {
            members.put(d.name(), d.content());
        }
        switch (format) {
            case "files" -> inputs.putAll(members);
            case "gzip", "bzip2", "xz", "zstd" ->
                members.forEach((name, content) -> inputs.put(
                        name,
                        switch (format) {
                            case "gzip" -> Archives.gzip(content);
                            case "bzip2" -> Archives.bzip2(content);
                            case "xz" -> Archives.xz(content);
                            default -> Archives.zstd(content);
                        }));
            case "zip" -> inputs.put("sample.zip", Archives.zip(members));
            case "tar.gz" -> inputs.put("sample.tar.gz", Archives.gzip(Archives.tar(members)));
            case "email" -> {
                Mails.Builder mail =
                        Mails.message().from("billing@bank.example").subject("exports");
                members.forEach((name, content) -> mail.attach(name, "application/octet-stream", content));
                inputs.put("sample.eml", mail.text("see attached\n").bytes());
            }
            case "html", "xml" -> members.forEach((name, content) -> inputs.put(name + "." + format, markup(content)));
            case "parquet" -> inputs.put("sample.parquet", parquet(members));
            case "avro" -> inputs.put("sample.avro", avro(members));
            case "xlsx" -> inputs.put("sample.xlsx", workbook(members).bytes());
            case "xls" -> inputs.put("sample.xls", workbook(members).xls());
            case "docx" ->
                members.forEach(
                        (name, content) -> inputs.put(name + ".docx", Documents.document((Object[]) lines(content))));
            case "pdf" -> members.forEach((name, content) -> inputs.put(name + ".pdf", pdf(content)));
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
    }

    /** Each line of a document as an element's text, its first word also as an attribute's value. */
    private byte[] markup(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length * 2);
        boolean html = "html".equals(format);
        out.writeBytes((html ? "<!DOCTYPE html><html><body>\n" : "<?xml version=\"1.0\"?>\n<lines>\n")
                .getBytes(StandardCharsets.UTF_8));
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
            String text = line.replace("&", "&amp;").replace("<", "&lt;");
            String first = text.split(" ", 2)[0].replace("\"", "&quot;");
            out.writeBytes(
                    ((html ? "<p title=\"" : "<line first=\"") + first + "\">" + text + (html ? "</p>\n" : "</line>\n"))
                            .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes((html ? "</body></html>\n" : "</lines>\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String[] lines(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).split("\n");
    }

    /** A sheet per document, a row per line, a cell per comma-separated field. */
    private static Documents.Workbook workbook(Map<String, byte[]> members) {
        Documents.Workbook book = Documents.workbook();
        int sheet = 0;
        for (byte[] content : members.values()) {
            book.sheet("Sheet" + ++sheet);
            for (String line : lines(content)) {
                book.row((Object[]) line.split(",", -1));
            }
        }
        return book;
    }

    /**
     * Pages of 50 lines, in a standard font: characters it cannot show (outside Latin-1, controls)
     * as {@code ?}.
     */
    private static byte[] pdf(byte[] content) {
        String[] lines = lines(content);
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < lines.length; i += 50) {
            StringBuilder page = new StringBuilder();
            for (int j = i; j < Math.min(lines.length, i + 50); j++) {
                lines[j].chars()
                        .forEach(c -> page.append(c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff ? (char) c : '?'));
                page.append('\n');
            }
            pages.add(page.toString());
        }
        return Documents.pdf(pages);
    }

    private static final MessageType LINES = MessageTypeParser.parseMessageType(
            "message lines { required binary document (STRING); required binary line (STRING); }");
    private static final Schema LINE = new Schema.Parser()
            .parse(
                    "{\"type\": \"record\", \"name\": \"Line\", "
                            + "\"fields\": [{\"name\": \"document\", \"type\": \"string\"}, {\"name\": \"line\", \"type\": \"string\"}]}");

    private static byte[] parquet(Map<String, byte[]> members) {
        return ParquetFixtures.write(LINES, CompressionCodecName.SNAPPY, 100_000, f -> {
            List<Group> rows = new ArrayList<>();
            members.forEach((name, content) -> {
                for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
                    rows.add(f.newGroup().append("document", name).append("line", line));
                }
            });
            return rows;
        });
    }

    private static byte[] avro(Map<String, byte[]> members) {
        List<GenericRecord> rows = new ArrayList<>();
        members.forEach((name, content) -> {
            for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
                GenericRecord r = new GenericData.Record(LINE);
                r.put("document", name);
                r.put("line", line);
                rows.add(r);
            }
        });
        return AvroFixtures.write(LINE, "snappy", rows);
    }

    /** Returns the number of findings, so that nothing can be optimized away. */
    @Benchmark
    public long scan(Bytes counter) throws IOException {
        long[] findings = new long[1];
        for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
            byte[] bytes = input.getValue();
            engine.scan(
                    new InputSource(input.getKey(), () -> new ByteArrayInputStream(bytes), null), f -> findings[0]++);
        }
        counter.MBps += sample.bytes;
        return findings[0];
    }
}
