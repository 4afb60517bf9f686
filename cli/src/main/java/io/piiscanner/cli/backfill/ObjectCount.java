package io.piiscanner.cli.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.s3.S3ObjectLister;
import io.piiscanner.s3.S3ObjectRef;
import io.piiscanner.s3.S3Uri;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The objects a backfill would read, and their bytes, counted the way the state machine reads
 * them: a listing of the prefix, or the rows of an S3 Inventory report. Result documents are left
 * out: the scanner never scans them.
 *
 * @param objects objects
 * @param bytes   their bytes
 */
public record ObjectCount(long objects, long bytes) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESULTS = "scan-results/";

    /** Lists a prefix of the data bucket. */
    static ObjectCount listing(S3Client s3, String bucket, String prefix) {
        long[] totals = new long[2];
        new S3ObjectLister(s3).list(new S3Uri(bucket, prefix), new S3ObjectLister.Visitor() {
            @Override
            public void object(S3ObjectRef object, long size) {
                if (!object.key().startsWith(RESULTS)) {
                    totals[0]++;
                    totals[1] += size;
                }
            }

            @Override
            public void skipped(S3ObjectRef object, String reason) {
                totals[0]++;
            }
        });
        return new ObjectCount(totals[0], totals[1]);
    }

    /**
     * Reads an inventory report: its manifest names CSV files (gzip) whose columns its
     * {@code fileSchema} lists; keys in them are URL-encoded.
     *
     * @throws IllegalArgumentException when the manifest is not a CSV inventory manifest
     */
    static ObjectCount inventory(S3Client s3, String bucket, String manifestKey) {
        JsonNode manifest;
        try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(manifestKey))) {
            manifest = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inventory manifest", e);
        }
        if (!"CSV".equals(manifest.path("fileFormat").asText())) {
            throw new IllegalArgumentException("the inventory manifest is not of a CSV report (fileFormat CSV)");
        }
        List<String> schema = Arrays.stream(manifest.path("fileSchema").asText().split(","))
                .map(String::strip)
                .toList();
        int key = schema.indexOf("Key");
        int size = schema.indexOf("Size");
        if (key < 0) {
            throw new IllegalArgumentException("the inventory manifest's fileSchema has no Key column");
        }
        long objects = 0;
        long bytes = 0;
        for (JsonNode file : manifest.path("files")) {
            String fileKey = file.path("key").asText();
            try (BufferedReader rows = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(s3.getObject(b -> b.bucket(bucket).key(fileKey))), StandardCharsets.UTF_8))) {
                for (String row = rows.readLine(); row != null; row = rows.readLine()) {
                    String[] cells = cells(row);
                    if (cells.length <= key || cells[key].startsWith(RESULTS)) {
                        continue;
                    }
                    objects++;
                    if (size >= 0 && size < cells.length && !cells[size].isEmpty()) {
                        bytes += Long.parseLong(cells[size]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read an inventory file", e);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("an inventory file has a Size that is not a number");
            }
        }
        return new ObjectCount(objects, bytes);
    }

    /**
     * The cells of an inventory row. S3 quotes every cell and URL-encodes keys, so no cell holds
     * a quote or a comma: splitting is enough.
     */
    private static String[] cells(String row) {
        String[] cells = row.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            cells[i] = c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"") ? c.substring(1, c.length() - 1) : c;
        }
        return cells;
    }
}
