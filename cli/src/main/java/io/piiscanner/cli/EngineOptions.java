package io.piiscanner.cli;

import io.piiscanner.cli.input.InputException;
import io.piiscanner.core.config.ConfigLoader;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.EngineConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/**
 * The options that configure the detection engine, shared by {@code scan} and {@code redact}.
 * Settings from {@code --config} come first; options given on the command line override them.
 */
public final class EngineOptions {

    /** Environment variable holding the key for HMAC fingerprints of findings. */
    public static final String HMAC_KEY_ENV = "PII_SCANNER_HMAC_KEY";

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "YAML or JSON file with custom detectors and settings.")
    private Path config;

    @Option(
            names = "--min-confidence",
            paramLabel = "0..1",
            converter = OptionConverters.Confidence.class,
            description = "Report only findings at least this confident (default: 0.5, or as set in --config).")
    private Double minConfidence;

    @Option(
            names = "--regions",
            paramLabel = "XX",
            split = ",",
            converter = OptionConverters.Region.class,
            description = "Regions of phone numbers written without a country code, in order, e.g. GB,US,DE; "
                    + "national numbers of the first need no context, of the others a label such as 'tel' "
                    + "(default: " + DetectorSettings.DEFAULT_PHONE_REGIONS_TEXT + ", or as set in --config).")
    private List<String> regions;

    @Option(
            names = "--region",
            paramLabel = "XX",
            converter = OptionConverters.Region.class,
            description = "Read national phone numbers of this region first, before the other default "
                    + "regions (older form of --regions).")
    private String region;

    @Option(
            names = "--types",
            paramLabel = "TYPE",
            split = ",",
            description = "Report only these entity types, e.g. CREDIT_CARD,US_SSN.")
    private List<String> types = new ArrayList<>();

    @Option(
            names = "--disable",
            paramLabel = "ID_OR_TYPE",
            split = ",",
            description = "Switch off these detectors (by id) or entity types.")
    private List<String> disabled = new ArrayList<>();

    @Option(
            names = "--input-format",
            paramLabel = "FORMAT",
            converter = OptionConverters.InputFormatName.class,
            description = "Read every input as text, csv, tsv, json, ndjson, xml, html, email, zip or tar "
                    + "instead of recognising it from its content and name; compressed input is still "
                    + "decompressed first.")
    private InputFormat inputFormat;

    @Option(
            names = "--max-decompressed-bytes",
            paramLabel = "SIZE",
            converter = OptionConverters.ByteSize.class,
            description = "Stop reading input whose decompressed streams and archive members together expand "
                    + "beyond SIZE, e.g. 10G (default: 64G): the part read is reported, then the input as failed.")
    private Long maxDecompressedBytes;

    @Option(
            names = "--max-ratio",
            paramLabel = "N",
            converter = OptionConverters.PositiveLong.class,
            description = "Stop reading input whose decompressed streams and archive members together expand "
                    + "more than N times its size, once past 16 MiB (default: 200), as --max-decompressed-bytes does.")
    private Long maxRatio;

    /** The input format given, or {@code null} to go by file names. */
    public InputFormat inputFormat() {
        return inputFormat;
    }

    /**
     * Builds the engine these options describe.
     *
     * @param env the environment, for the fingerprint key
     * @throws io.piiscanner.core.config.ConfigException when the configuration file is unusable
     * @throws InputException when {@code --types} or {@code --disable} names something unknown
     */
    public Engine createEngine(Map<String, String> env) {
        EngineConfig.Builder builder = EngineConfig.builder();
        if (config != null) {
            ConfigLoader.load(config, builder);
        }
        if (minConfidence != null) {
            builder.minConfidence(minConfidence);
        }
        if (region != null && regions != null) {
            throw new InputException("--region and --regions: give one or the other");
        }
        if (regions != null) {
            builder.detectorSettings(new DetectorSettings(regions));
        } else if (region != null) {
            builder.detectorSettings(DetectorSettings.withFirstRegion(region));
        }
        if (maxDecompressedBytes != null || maxRatio != null) {
            builder.decompressionLimits(
                    maxDecompressedBytes != null ? maxDecompressedBytes : EngineConfig.DEFAULT_MAX_DECOMPRESSED_BYTES,
                    maxRatio != null ? maxRatio : EngineConfig.DEFAULT_MAX_RATIO,
                    EngineConfig.DEFAULT_RATIO_FLOOR);
        }
        String key = env.get(HMAC_KEY_ENV);
        builder.hmacKey(key == null ? null : key.getBytes(StandardCharsets.UTF_8));
        Engine all = Engine.create(builder.build());
        if (types.isEmpty() && disabled.isEmpty()) {
            return all;
        }
        // Checked against the detectors the engine has, so that a typo is an error, not a silent
        // scan that finds nothing.
        builder.onlyTypes(knownTypes(all.detectors()));
        builder.disable(knownIdsOrTypes(all.detectors()));
        return Engine.create(builder.build());
    }

    private Set<String> knownTypes(List<Detector> detectors) {
        Set<String> known = new TreeSet<>();
        detectors.forEach(d -> known.add(d.type()));
        Set<String> selected = new LinkedHashSet<>();
        for (String t : types) {
            String type = t.strip().toUpperCase(Locale.ROOT);
            if (!known.contains(type)) {
                throw new InputException("--types: no enabled detector reports '" + t.strip() + "'; known types: "
                        + String.join(", ", known));
            }
            selected.add(type);
        }
        return selected;
    }

    private Set<String> knownIdsOrTypes(List<Detector> detectors) {
        Set<String> ids = new TreeSet<>();
        Set<String> known = new TreeSet<>();
        detectors.forEach(d -> {
            ids.add(d.id());
            known.add(d.type());
        });
        Set<String> selected = new LinkedHashSet<>();
        for (String value : disabled) {
            String v = value.strip();
            String type = v.toUpperCase(Locale.ROOT);
            if (ids.contains(v)) {
                selected.add(v);
            } else if (known.contains(type)) {
                selected.add(type);
            } else {
                throw new InputException("--disable: no enabled detector has id or type '" + v + "'; detectors: "
                        + String.join(", ", ids));
            }
        }
        return selected;
    }
}
