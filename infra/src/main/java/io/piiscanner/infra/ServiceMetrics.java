package io.piiscanner.infra;

import io.piiscanner.api.ServiceEnvironment;
import io.piiscanner.api.ServiceMetricNames;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Metric;

/**
 * The metrics the scanning service emits itself (the Lambda module's {@code Telemetry}, as EMF),
 * in the namespace the stack gives the functions, with their {@code Service} dimension.
 */
final class ServiceMetrics {

    private ServiceMetrics() {}

    /**
     * Returns one of the service's metrics.
     *
     * @param name the metric name, one of {@link io.piiscanner.api.ServiceMetricNames}
     * @param statistic how its data points are combined, such as {@code Sum}
     * @param period over how long
     * @return the metric
     */
    static Metric of(String name, String statistic, Duration period) {
        return Metric.Builder.create()
                .namespace(ServiceEnvironment.DEFAULT_METRICS_NAMESPACE)
                .metricName(name)
                .dimensionsMap(Map.of(ServiceMetricNames.SERVICE, ServiceEnvironment.DEFAULT_SERVICE_NAME))
                .statistic(statistic)
                .period(period)
                .build();
    }
}
