package io.piiscanner.core.linear;

import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.EngineConfig;
import io.piiscanner.core.scan.InputSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * One engine, scanning text inputs and giving their number of findings. {@link WorkMeter} makes it
 * inside a {@link ReadCountingLoader}, so that everything it runs is counted; it talks to it through
 * {@link ToLongFunction}, a type both loaders share.
 */
public final class EngineRun implements ToLongFunction<byte[]> {

    private final Engine engine;

    /**
     * @param disabled       ids of built-in detectors to leave out
     * @param extraDetectors names of detector classes with a public no-argument constructor to add
     */
    public EngineRun(Set<String> disabled, List<String> extraDetectors) {
        List<Detector> extra = new ArrayList<>();
        for (String name : extraDetectors) {
            try {
                extra.add(Class.forName(name)
                        .asSubclass(Detector.class)
                        .getConstructor()
                        .newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot make detector " + name, e);
            }
        }
        engine = Engine.create(
                EngineConfig.builder().disable(disabled).addDetectors(extra).build());
    }

    @Override
    public long applyAsLong(byte[] input) {
        long[] findings = {0};
        try {
            engine.scan(
                    new InputSource("input", () -> new ByteArrayInputStream(input), InputFormat.TEXT),
                    f -> findings[0]++);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings[0];
    }

    /** Makes a run of this class in {@code loader}. */
    @SuppressWarnings("unchecked")
    static ToLongFunction<byte[]> in(ClassLoader loader, Set<String> disabled, List<String> extraDetectors) {
        try {
            return (ToLongFunction<byte[]>) loader.loadClass(EngineRun.class.getName())
                    .getConstructor(Set.class, List.class)
                    .newInstance(disabled, extraDetectors);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
