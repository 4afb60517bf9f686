package io.piiscanner.lambda.scan;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import io.piiscanner.api.ServiceMetricNames;
import io.piiscanner.lambda.alert.AlertPublisher;
import io.piiscanner.lambda.model.EngineIdentity;
import io.piiscanner.lambda.model.ObjectScan;
import io.piiscanner.lambda.results.ResultDocuments;
import io.piiscanner.lambda.store.FindingsTable;
import io.piiscanner.lambda.store.StoredScan;
import io.piiscanner.lambda.tagging.ObjectTagger;
import io.piiscanner.lambda.telemetry.LogSafe;
import io.piiscanner.lambda.telemetry.Telemetry;
import io.piiscanner.s3.S3ObjectRef;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that happens to one object reference, in an order that makes a retry safe at any
 * point: scan, store findings, write the result document, tag, store the scan record, alert.
 * The scan record comes last but one, so a version with a record has been handled in full;
 * the alert is claimed on the record, so it is sent once. Object keys are logged with any
 * personal data in them masked.
 */
public final class ScanPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(ScanPipeline.class);

    private final String dataBucket;
    private final ObjectScanner scanner;
    private final FindingsTable table;
    private final ResultDocuments results;
    private final ObjectTagger tagger;
    private final AlertPublisher alerts;
    private final Telemetry telemetry;
    private final LogSafe logSafe;
    private final EngineIdentity engine;

    /** @param engine the engine that scans, to tell records of other engines for {@link Rescan#OUTDATED} */
    public ScanPipeline(
            String dataBucket,
            ObjectScanner scanner,
            FindingsTable table,
            ResultDocuments results,
            ObjectTagger tagger,
            AlertPublisher alerts,
            Telemetry telemetry,
            LogSafe logSafe,
            EngineIdentity engine) {
        this.dataBucket = dataBucket;
        this.scanner = scanner;
        this.table = table;
        this.results = results;
        this.tagger = tagger;
        this.alerts = alerts;
        this.telemetry = telemetry;
        this.logSafe = logSafe;
        this.engine = engine;
    }

    /**
     * Handles one reference.
     *
     * @param rescan scan again even if this version has a scan record, as after a detector change
     * @throws IllegalArgumentException when the object is not in the data bucket
     * @throws IOException              when the object cannot be read; a retry may succeed
     */
    public ScanResult process(S3ObjectRef object, boolean rescan) throws IOException {
        return process(object, rescan ? Rescan.ALL : Rescan.NONE);
    }

    /**
     * Handles one reference, scanning a version that has a scan record again as {@code rescan} says.
     *
     * @throws IllegalArgumentException when the object is not in the data bucket
     * @throws IOException              when the object cannot be read; a retry may succeed
     */
    public ScanResult process(S3ObjectRef object, Rescan rescan) throws IOException {
        // No object is larger than Long.MAX_VALUE: nothing is ever handed on.
        return process(object, rescan, Long.MAX_VALUE, later -> {});
    }

    /**
     * Handles one reference for a caller that waits for the answer: as {@link #process}, except
     * that a version with no scan record that is larger than {@code maxBytes} is handed to
     * {@code later} (the scan queue) and comes back as {@link ScanResult.Kind#QUEUED}.
     *
     * @throws IllegalArgumentException when the object is not in the data bucket
     * @throws IOException              when the object cannot be read; a retry may succeed
     */
    public ScanResult processOrQueue(S3ObjectRef object, long maxBytes, Consumer<S3ObjectRef> later)
            throws IOException {
        return process(object, Rescan.NONE, maxBytes, later);
    }

    private ScanResult process(S3ObjectRef object, Rescan rescan, long maxBytes, Consumer<S3ObjectRef> later)
            throws IOException {
        if (!object.bucket().equals(dataBucket)) {
            throw new IllegalArgumentException("the object is not in the data bucket");
        }
        if (ResultDocuments.isResult(object.key())) {
            LOG.info("ignored: result documents are not scanned", entry("key", logSafe.text(object.key())));
            return new ScanResult(object, ScanResult.Kind.IGNORED, null, null, null);
        }
        Optional<ObjectScanner.Head> head = scanner.head(object);
        if (head.isEmpty()) {
            // The version, like the key, may be whatever an API caller sent.
            LOG.info(
                    "object not found",
                    entry("key", logSafe.text(object.key())),
                    entry("versionId", logSafe.text(object.versionId())));
            return new ScanResult(object, ScanResult.Kind.NOT_FOUND, null, null, null);
        }
        ObjectScanner.Head h = head.get();
        if (rescan != Rescan.ALL) {
            Optional<StoredScan> done = table.scanRecord(object.bucket(), object.key(), h.version());
            if (done.isPresent()
                    && (rescan == Rescan.NONE
                            || engine.matches(
                                    done.get().engineVersion(), done.get().detectorSet()))) {
                return alreadyScanned(h, done.get());
            }
        }
        if (h.size() > maxBytes) {
            later.accept(h.object());
            LOG.info(
                    "queued: too large to scan while the caller waits",
                    entry("key", logSafe.text(object.key())),
                    entry("bytes", h.size()),
                    entry("limit", maxBytes));
            return new ScanResult(h.object(), ScanResult.Kind.QUEUED, null, null, null);
        }
        long t0 = System.nanoTime();
        ObjectScan scan = telemetry.trace("scan", sub -> {
            ObjectScan s = scanner.scan(h);
            sub.putAnnotation("status", s.status().label());
            sub.putAnnotation("bytes", s.bytes());
            sub.putAnnotation("findings", s.findingCount());
            return s;
        });
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String resultKey = store(scan);
        telemetry.objectScanned(scan, millis);
        LOG.info(
                "scanned",
                entry("bucket", scan.object().bucket()),
                entry("key", logSafe.text(scan.object().key())),
                entry("version", scan.version().label()),
                entry("status", scan.status().label()),
                entry("skipReason", scan.skipReason()),
                entry("bytes", scan.bytes()),
                entry("findingsByType", scan.findingsByType()),
                entry("millis", millis));
        return new ScanResult(
                h.object(), ScanResult.Kind.SCANNED, scan, scan.status().label(), resultKey);
    }

    private String store(ObjectScan scan) throws IOException {
        return telemetry.trace("store", sub -> {
            table.saveFindings(scan);
            String resultKey = results.write(scan);
            if (tagger.tag(scan) == ObjectTagger.Result.NO_ROOM) {
                LOG.warn(
                        "object not tagged: it already has the most tags S3 allows",
                        entry("key", logSafe.text(scan.object().key())));
            }
            boolean highRisk = alerts.isHighRisk(scan.findingsByType());
            table.saveScanRecord(scan, resultKey, highRisk);
            if (highRisk) {
                alert(scan, resultKey);
            }
            return resultKey;
        });
    }

    private void alert(ObjectScan scan, String resultKey) {
        if (alerts.publishOnce(scan, resultKey, dataBucket)) {
            telemetry.count(ServiceMetricNames.ALERTS_PUBLISHED);
            LOG.info(
                    "alert published",
                    entry("key", logSafe.text(scan.object().key())),
                    entry("version", scan.version().label()));
        }
    }

    /**
     * A version scanned before. Its alert may still be due if an earlier attempt stopped between
     * storing the record and publishing: that attempt's scan is repeated to rebuild the samples.
     */
    private ScanResult alreadyScanned(ObjectScanner.Head head, StoredScan done) throws IOException {
        if (done.alertPending()) {
            LOG.info(
                    "scan record found with its alert pending; scanning again to send it",
                    entry("key", logSafe.text(head.object().key())));
            ObjectScan scan = scanner.scan(head);
            alert(scan, done.resultKey());
            return new ScanResult(
                    head.object(), ScanResult.Kind.SCANNED, scan, scan.status().label(), done.resultKey());
        }
        LOG.info(
                "already scanned",
                entry("key", logSafe.text(head.object().key())),
                entry("version", head.version().label()),
                entry("status", done.status()));
        return new ScanResult(head.object(), ScanResult.Kind.ALREADY_SCANNED, null, done.status(), done.resultKey());
    }
}
