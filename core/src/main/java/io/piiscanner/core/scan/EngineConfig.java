package io.piiscanner.core.scan;

import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.read.ReadLimits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How an {@link Engine} scans: which detectors, the confidence threshold, fingerprint key and
 * resource limits. Immutable; build with {@link #builder()}.
 */
public final class EngineConfig {

    /** Default minimum confidence for a finding to be reported. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 64L << 30;
    public static final long DEFAULT_MAX_RATIO = 200;
    public static final long DEFAULT_RATIO_FLOOR = 16L << 20;
    /** Archives and compressed streams nested in each other, at most: a tar.gz in a zip is 3. */
    public static final int DEFAULT_MAX_DEPTH = 8;
    /** Entries read from one input, all levels together. */
    public static final long DEFAULT_MAX_ENTRIES = 100_000;

    private final double minConfidence;
    private final DetectorSettings detectorSettings;
    private final List<Detector> extraDetectors;
    private final Set<String> disabled;
    private final Set<String> onlyTypes;
    private final byte[] hmacKey;
    private final long maxDecompressedBytes;
    private final long maxRatio;
    private final long ratioFloor;
    private final int maxDepth;
    private final long maxEntries;

    private EngineConfig(Builder b) {
        this.minConfidence = b.minConfidence;
        this.detectorSettings = b.detectorSettings;
        this.extraDetectors = List.copyOf(b.extraDetectors);
        this.disabled = Set.copyOf(b.disabled);
        this.onlyTypes = Set.copyOf(b.onlyTypes);
        this.hmacKey = b.hmacKey == null ? null : b.hmacKey.clone();
        this.maxDecompressedBytes = b.maxDecompressedBytes;
        this.maxRatio = b.maxRatio;
        this.ratioFloor = b.ratioFloor;
        this.maxDepth = b.maxDepth;
        this.maxEntries = b.maxEntries;
    }

    public static Builder builder() {
        return new Builder();
    }

    public double minConfidence() {
        return minConfidence;
    }

    public DetectorSettings detectorSettings() {
        return detectorSettings;
    }

    /** Detectors added to the built-in ones, e.g. from a user's configuration file. */
    public List<Detector> extraDetectors() {
        return extraDetectors;
    }

    /** Detector ids or entity types switched off. */
    public Set<String> disabled() {
        return disabled;
    }

    /** When not empty, only these entity types are reported. */
    public Set<String> onlyTypes() {
        return onlyTypes;
    }

    /** Key for HMAC fingerprints, or null for none. */
    byte[] hmacKey() {
        return hmacKey;
    }

    public boolean fingerprints() {
        return hmacKey != null;
    }

    public long maxDecompressedBytes() {
        return maxDecompressedBytes;
    }

    public long maxRatio() {
        return maxRatio;
    }

    public long ratioFloor() {
        return ratioFloor;
    }

    /** What one input may hold: nesting, entries, decompressed bytes. */
    public ReadLimits readLimits() {
        return new ReadLimits(maxDepth, maxEntries, maxDecompressedBytes, maxRatio, ratioFloor);
    }

    /** Builds an {@link EngineConfig}. */
    public static final class Builder {
        private double minConfidence = DEFAULT_MIN_CONFIDENCE;
        private DetectorSettings detectorSettings = DetectorSettings.DEFAULTS;
        private final List<Detector> extraDetectors = new ArrayList<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Set<String> onlyTypes = new LinkedHashSet<>();
        private byte[] hmacKey;
        private long maxDecompressedBytes = DEFAULT_MAX_DECOMPRESSED_BYTES;
        private long maxRatio = DEFAULT_MAX_RATIO;
        private long ratioFloor = DEFAULT_RATIO_FLOOR;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private long maxEntries = DEFAULT_MAX_ENTRIES;

        private Builder() {}

        public Builder minConfidence(double value) {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException("minimum confidence must be between 0 and 1, got " + value);
            }
            this.minConfidence = value;
            return this;
        }

        public Builder detectorSettings(DetectorSettings value) {
            this.detectorSettings = value;
            return this;
        }

        public Builder addDetectors(List<? extends Detector> detectors) {
            this.extraDetectors.addAll(detectors);
            return this;
        }

        public Builder disable(Set<String> idsOrTypes) {
            this.disabled.addAll(idsOrTypes);
            return this;
        }

        public Builder onlyTypes(Set<String> types) {
            this.onlyTypes.addAll(types);
            return this;
        }

        /** Enables HMAC-SHA256 fingerprints with this key; null or empty disables them. */
        public Builder hmacKey(byte[] key) {
            this.hmacKey = key == null || key.length == 0 ? null : key.clone();
            return this;
        }

        public Builder decompressionLimits(long maxBytes, long ratio, long floor) {
            if (maxBytes <= 0 || ratio <= 0 || floor < 0) {
                throw new IllegalArgumentException("decompression limits must be positive");
            }
            this.maxDecompressedBytes = maxBytes;
            this.maxRatio = ratio;
            this.ratioFloor = floor;
            return this;
        }

        /** How deep archives and compressed streams may nest, and how many entries one input may have. */
        public Builder archiveLimits(int depth, long entries) {
            if (depth <= 0 || entries <= 0) {
                throw new IllegalArgumentException("archive limits must be positive");
            }
            this.maxDepth = depth;
            this.maxEntries = entries;
            return this;
        }

        public EngineConfig build() {
            return new EngineConfig(this);
        }
    }
}
