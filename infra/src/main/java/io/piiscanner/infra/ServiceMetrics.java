package io.piiscanner.infra;

import io.piiscanner.api.ServiceEnvironment;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Metric;

/**
 * The metrics the scanning service emits itself (the Lambda module's {@code Telemetry}, as EMF),
 * in the namespace the stack gives the functions, with their {@code Service} dimension.
 */
final class ServiceMetrics {

    /** Objects whose scan failed partway: damaged content or a detector failure. */
    static final String OBJECTS_FAILED = "ObjectsFailed";

    private ServiceMetrics() {}

    /**
     * Returns one of the service's metrics.
     *
     * @param name the metric name, such as {@value #OBJECTS_FAILED}
     * @param statistic how its data points are combined, such as {@code Sum}
     * @param period over how long
     * @return the metric
     */
    static Metric of(String name, String statistic, Duration period) {
        return Metric.Builder.create()
                .namespace(ServiceEnvironment.DEFAULT_METRICS_NAMESPACE)
                .metricName(name)
                .dimensionsMap(Map.of("Service", ServiceEnvironment.DEFAULT_SERVICE_NAME))
                .statistic(statistic)
                .period(period)
                .build();
    }
}
