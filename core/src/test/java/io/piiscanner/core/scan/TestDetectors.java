package io.piiscanner.core.scan;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.format.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small detectors with known behaviour, to test the engine apart from the built-in detectors. */
final class TestDetectors {

    private TestDetectors() {}

    /** Finds {@code TOKEN-} followed by 6 digits; type TEST_TOKEN. */
    static Detector token(double score, ContextRule rule) {
        return new SimpleDetector(
                "test-token", "TEST_TOKEN", Pattern.compile("(?<![A-Z])TOKEN-\\d{6}(?!\\d)"), score, rule);
    }

    /** Finds runs of exactly 8 digits; type TEST_NUMBER. */
    static Detector number(double score, ContextRule rule) {
        return new SimpleDetector("test-number", "TEST_NUMBER", Pattern.compile("(?<!\\d)\\d{8}(?!\\d)"), score, rule);
    }

    /** Finds what {@code regex} matches; type TEST_PATTERN. */
    static Detector matching(String regex, double score) {
        return new SimpleDetector("test-pattern", "TEST_PATTERN", Pattern.compile(regex), score, ContextRule.NONE);
    }

    static Engine engine(Detector... detectors) {
        return engine(EngineConfig.builder(), detectors);
    }

    static Engine engine(EngineConfig.Builder builder, Detector... detectors) {
        Set<String> types = new java.util.HashSet<>();
        for (Detector d : detectors) {
            types.add(d.type());
        }
        return Engine.create(
                builder.addDetectors(List.of(detectors)).onlyTypes(types).build());
    }

    static List<Finding> scan(Engine engine, String name, InputFormat format, byte[] content) throws IOException {
        List<Finding> out = new ArrayList<>();
        engine.scan(new InputSource(name, () -> new ByteArrayInputStream(content), format), out::add);
        return out;
    }

    static List<Finding> scan(Engine engine, InputFormat format, String content) throws IOException {
        return scan(engine, "test", format, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Reports every match of its pattern that starts in the scanned range, at its score. */
    private record SimpleDetector(String id, String type, Pattern pattern, double score, ContextRule context)
            implements Detector {

        @Override
        public void find(ScanText text, CandidateSink sink) {
            Matcher m = pattern.matcher(text.text());
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            m.region(text.scanStart(), text.length());
            while (m.find() && m.start() < text.scanEnd()) {
                sink.accept(new Candidate(m.start(), m.end(), score));
            }
        }
    }
}
