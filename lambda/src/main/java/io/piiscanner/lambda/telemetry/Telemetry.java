package io.piiscanner.lambda.telemetry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.entities.Subsegment;
import io.piiscanner.api.ServiceMetricNames;
import io.piiscanner.lambda.model.ObjectScan;
import java.io.IOException;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Metrics and traces of the service. Metrics are CloudWatch EMF lines written by Powertools;
 * traces are X-Ray subsegments. Neither carries an object key, a value or a masked value:
 * only counts, sizes, durations, statuses and entity types.
 *
 * <p>Tracing uses the X-Ray SDK directly, as Powertools' tracing module does internally: that
 * module's 2.x artifacts are not published where this project's builds resolve dependencies.
 */
public final class Telemetry {

    private final Metrics metrics;
    private final String namespace;
    private final String service;

    public Telemetry(Metrics metrics, String namespace, String service) {
        this.metrics = metrics;
        this.namespace = namespace;
        this.service = service;
    }

    /** Records the cold start of the first invocation. */
    public void invocationStarted(Context context) {
        metrics.captureColdStartMetric(context);
    }

    /** Records one scanned, skipped or failed object: count, bytes, latency, and findings by type. */
    public void objectScanned(ObjectScan scan, long millis) {
        String counted = switch (scan.status()) {
            case SKIPPED -> ServiceMetricNames.OBJECTS_SKIPPED;
            case FAILED -> ServiceMetricNames.OBJECTS_FAILED;
            case CLEAN, FOUND -> ServiceMetricNames.OBJECTS_SCANNED;
        };
        metrics.addMetric(counted, 1, MetricUnit.COUNT);
        metrics.addMetric(ServiceMetricNames.BYTES_SCANNED, (double) scan.bytes(), MetricUnit.BYTES);
        metrics.addMetric(ServiceMetricNames.SCAN_LATENCY, (double) millis, MetricUnit.MILLISECONDS);
        metrics.addMetric(ServiceMetricNames.FINDINGS, (double) scan.findingCount(), MetricUnit.COUNT);
        // One metric per type, with the type as a dimension, so a dashboard can chart each.
        scan.findingsByType()
                .forEach((type, count) -> metrics.flushSingleMetric(
                        ServiceMetricNames.FINDINGS_BY_TYPE,
                        count,
                        MetricUnit.COUNT,
                        namespace,
                        DimensionSet.of(ServiceMetricNames.SERVICE, service, ServiceMetricNames.ENTITY_TYPE, type)));
    }

    /** Counts something that happened, such as an alert sent or a failed record. */
    public void count(String metric) {
        metrics.addMetric(metric, 1, MetricUnit.COUNT);
    }

    /** Writes the invocation's metrics; call once at the end of each invocation. */
    public void flush() {
        metrics.flush();
    }

    /** Work traced in a subsegment; it may annotate the subsegment. */
    @FunctionalInterface
    public interface TracedWork<T> {
        T run(Subsegment subsegment) throws IOException;
    }

    /**
     * Runs work in an X-Ray subsegment, recording any exception on it. Outside a traced
     * invocation (no segment, as in tests) the SDK hands out a no-op subsegment.
     */
    public <T> T trace(String name, TracedWork<T> work) throws IOException {
        Subsegment subsegment = AWSXRay.beginSubsegment(name);
        try {
            return work.run(subsegment);
        } catch (IOException | RuntimeException e) {
            subsegment.addException(e);
            throw e;
        } finally {
            AWSXRay.endSubsegment();
        }
    }
}
