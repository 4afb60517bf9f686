package io.piiscanner.core.read;

import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.EngineConfig;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Scans bytes in memory, as a stream (with no random access) under a name. */
final class Scans {

    static final Engine ENGINE = Engine.withDefaults();

    private Scans() {}

    record Result(ScanOutcome outcome, List<Finding> findings) {
        /** Findings as {@code TYPE entry line:column field}, for exact assertions. */
        List<String> located() {
            return findings.stream().map(Scans::describe).toList();
        }
    }

    static Result scan(String name, byte[] bytes) {
        return scan(ENGINE, name, bytes);
    }

    static Result scan(Engine engine, String name, byte[] bytes) {
        List<Finding> findings = new ArrayList<>();
        try {
            ScanOutcome outcome =
                    engine.scan(new InputSource(name, () -> new ByteArrayInputStream(bytes), null), findings::add);
            return new Result(outcome, findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Engine engine(EngineConfig.Builder config) {
        return Engine.create(config.build());
    }

    static String describe(Finding f) {
        StringBuilder sb = new StringBuilder(f.type());
        if (f.location() != null) {
            var l = f.location();
            append(sb, "entry", l.entry());
            append(sb, "part", l.part());
            append(sb, "sheet", l.sheet());
            append(sb, "cell", l.cell());
        }
        sb.append(' ').append(f.line()).append(':').append(f.column());
        if (f.field() != null) {
            sb.append(" field=").append(f.field());
        }
        return sb.append(' ').append(f.masked()).toString();
    }

    private static void append(StringBuilder sb, String key, Object value) {
        if (value != null) {
            sb.append(' ').append(key).append('=').append(value);
        }
    }
}
