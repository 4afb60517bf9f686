package io.piiscanner.lambda.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.lambda.keys.ObjectKeys;
import io.piiscanner.lambda.model.ObjectScan;
import io.piiscanner.lambda.results.FindingLocations;
import io.piiscanner.lambda.store.FindingsTable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Publishes an SNS alert when a scan finds high-risk types: counts and a few masked samples per
 * type with where each is ({@code sampleLocations}: the archive member or piece, line and column),
 * never a raw value; the object key masked, since alerts go to e-mail. Sent at most once
 * per object version: the scan record is claimed first, and the claim is given back if
 * publishing fails, so that a retry sends it.
 */
public final class AlertPublisher {

    /** Masked samples per type: enough to recognise the data, few enough to read. */
    static final int SAMPLES_PER_TYPE = 3;

    static final String SUBJECT = "pii-scanner: high-risk personal data found";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SnsClient sns;
    private final String topicArn;
    private final Set<String> alertTypes;
    private final FindingsTable table;
    private final Clock clock;
    private final ObjectKeys keys;

    /** @param keys shows object keys masked */
    public AlertPublisher(
            SnsClient sns, String topicArn, Set<String> alertTypes, FindingsTable table, Clock clock, ObjectKeys keys) {
        this.sns = sns;
        this.topicArn = topicArn;
        this.alertTypes = Set.copyOf(alertTypes);
        this.table = table;
        this.clock = clock;
        this.keys = keys;
    }

    /** Whether a scan found anything that calls for an alert. */
    public boolean isHighRisk(Map<String, Long> findingsByType) {
        return findingsByType.keySet().stream().anyMatch(alertTypes::contains);
    }

    /**
     * Sends the alert of a scan unless it has been sent already. The scan record must exist.
     *
     * @param resultKey the key of the result document, named in the alert
     * @return whether this call sent it
     */
    public boolean publishOnce(ObjectScan scan, String resultKey, String dataBucket) {
        String bucket = scan.object().bucket();
        String key = scan.object().key();
        if (!table.claimAlert(bucket, key, scan.version(), clock.instant())) {
            return false;
        }
        try {
            String message = JSON.writeValueAsString(message(scan, resultKey, dataBucket));
            sns.publish(b -> b.topicArn(topicArn).subject(SUBJECT).message(message));
            return true;
        } catch (RuntimeException | JsonProcessingException e) {
            table.releaseAlert(bucket, key, scan.version());
            throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot serialise an alert", e);
        }
    }

    Map<String, Object> message(ObjectScan scan, String resultKey, String dataBucket) {
        Map<String, Long> highRisk = new TreeMap<>();
        scan.findingsByType().forEach((type, count) -> {
            if (alertTypes.contains(type)) {
                highRisk.put(type, count);
            }
        });
        Map<String, List<String>> samples = new TreeMap<>();
        Map<String, List<String>> where = new TreeMap<>();
        for (Finding f : scan.findings()) {
            if (highRisk.containsKey(f.type())) {
                List<String> list = samples.computeIfAbsent(f.type(), t -> new ArrayList<>());
                if (list.size() < SAMPLES_PER_TYPE && !list.contains(f.masked())) {
                    list.add(f.masked());
                    where.computeIfAbsent(f.type(), t -> new ArrayList<>()).add(FindingLocations.text(f));
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alert", "high-risk personal data found");
        m.put("bucket", scan.object().bucket());
        m.put("key", keys.shown(scan.object().key()));
        m.put("versionId", scan.object().versionId());
        m.put("scannedAt", scan.scannedAt().toString());
        m.put("highRiskCounts", highRisk);
        m.put("findingsByType", scan.findingsByType());
        m.put("maskedSamples", samples);
        m.put("sampleLocations", where);
        m.put("resultDocument", "s3://" + dataBucket + "/" + resultKey);
        return m;
    }
}
