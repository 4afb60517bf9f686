package io.piiscanner.cli.backfill;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * What a backfill will take, worked out before it starts from the objects and bytes to scan and
 * the concurrency asked for. Prices are AWS's us-east-1 list prices (x86 Lambda, S3 Standard,
 * Standard workflows); other regions differ by a few per cent, and taxes, DynamoDB writes, KMS and
 * CloudWatch are left out.
 *
 * @param objects     objects to scan
 * @param bytes       their bytes
 * @param concurrency child workflows at once
 */
public record Estimate(long objects, long bytes, int concurrency) {

    /**
     * The engine's measured single-thread throughput, whole process: the README's Performance
     * section ({@code pii-scanner --threads 1}, 50.8 MB/s). A batch scans one object at a time.
     */
    public static final double BYTES_PER_SECOND = 50.8e6;
    /** Per object: HEAD, the first byte of GET, the result document, two tag calls, two table writes. */
    public static final double SECONDS_PER_OBJECT = 0.2;
    /** Objects per child workflow, as the state machine batches them. */
    public static final int OBJECTS_PER_BATCH = 100;
    /** Memory of the batch function, in GB (2048 MB). */
    public static final double LAMBDA_GB = 2.0;

    public static final double PRICE_PER_GB_SECOND = 0.0000166667;
    public static final double PRICE_PER_INVOCATION = 0.20 / 1e6;
    public static final double PRICE_PER_TRANSITION = 0.025 / 1000;
    /** GET, HEAD and GetObjectTagging. */
    public static final double PRICE_PER_GET = 0.0004 / 1000;
    /** PUT, PutObjectTagging and LIST. */
    public static final double PRICE_PER_PUT = 0.005 / 1000;
    /** Per child: the batch task, the choice, the final pass and the map's own bookkeeping. */
    public static final int TRANSITIONS_PER_BATCH = 4;
    /** The parent's own: defaults, configure, source, map, summary, tolerance, end. */
    public static final int TRANSITIONS_PER_RUN = 8;

    public Estimate {
        if (objects < 0 || bytes < 0 || concurrency < 1) {
            throw new IllegalArgumentException("objects and bytes must be at least 0, concurrency at least 1");
        }
    }

    /** Child workflows: one per started batch. */
    public long batches() {
        return (objects + OBJECTS_PER_BATCH - 1) / OBJECTS_PER_BATCH;
    }

    /** Seconds of scanning summed over all batches. */
    public double scanSeconds() {
        return bytes / BYTES_PER_SECOND + objects * SECONDS_PER_OBJECT;
    }

    /** Expected wall time: the scanning spread over the batches running at once. */
    public Duration wallTime() {
        long parallel = Math.max(1, Math.min(concurrency, batches()));
        return Duration.ofMillis(Math.round(scanSeconds() * 1000 / parallel));
    }

    public double lambdaGbSeconds() {
        return scanSeconds() * LAMBDA_GB;
    }

    /** Batch invocations (at least one per batch) and the summary. */
    public long invocations() {
        return batches() + 1;
    }

    public long transitions() {
        return batches() * TRANSITIONS_PER_BATCH + TRANSITIONS_PER_RUN;
    }

    /** GET-class requests: HEAD, GET and GetObjectTagging per object. */
    public long s3Gets() {
        return objects * 3;
    }

    /** PUT-class requests: the result document and PutObjectTagging per object, and the listing. */
    public long s3Puts() {
        return objects * 2 + (objects + 999) / 1000;
    }

    public double lambdaCost() {
        return lambdaGbSeconds() * PRICE_PER_GB_SECOND + invocations() * PRICE_PER_INVOCATION;
    }

    public double stepFunctionsCost() {
        return transitions() * PRICE_PER_TRANSITION;
    }

    public double s3Cost() {
        return s3Gets() * PRICE_PER_GET + s3Puts() * PRICE_PER_PUT;
    }

    public double totalCost() {
        return lambdaCost() + stepFunctionsCost() + s3Cost();
    }

    /** Prints the estimate, one item a line. */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "objects            %,d (%s)%n", objects, bytes(bytes));
        out.printf(
                Locale.ROOT,
                "batches            %,d of up to %d objects, %d at once%n",
                batches(),
                OBJECTS_PER_BATCH,
                concurrency);
        out.printf(
                Locale.ROOT,
                "expected duration  %s (%.1f MB/s and %.1f s an object per batch)%n",
                duration(wallTime()),
                BYTES_PER_SECOND / 1e6,
                SECONDS_PER_OBJECT);
        out.printf(
                Locale.ROOT,
                "Lambda             %,.0f GB-seconds, %,d invocations: $%,.2f%n",
                lambdaGbSeconds(),
                invocations(),
                lambdaCost());
        out.printf(
                Locale.ROOT, "Step Functions     %,d state transitions: $%,.2f%n", transitions(), stepFunctionsCost());
        out.printf(
                Locale.ROOT,
                "S3                 %,d GET and %,d PUT/LIST requests: $%,.2f%n",
                s3Gets(),
                s3Puts(),
                s3Cost());
        out.printf(
                Locale.ROOT,
                "total              $%,.2f (us-east-1 list prices; DynamoDB, KMS and logs not included)%n",
                totalCost());
    }

    static String bytes(long n) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB"};
        double value = n;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? n + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %d min", s / 3600, (s % 3600) / 60);
    }
}
