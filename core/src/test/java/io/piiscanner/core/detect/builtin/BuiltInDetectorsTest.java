package io.piiscanner.core.detect.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.scan.Engine;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built-in detectors are found, not listed: every detector class of this package is registered
 * with ServiceLoader and has its test class, and the engine loads each once with its parts, so
 * adding a detector needs no list kept up to date anywhere.
 */
class BuiltInDetectorsTest {

    /** What the engine runs: each detector and its parts, as findings and {@code disable:} name them. */
    private static final List<Detector> DETECTORS = Engine.withDefaults().detectors();

    private static final List<Detector> REGISTERED = ServiceLoader.load(Detector.class).stream()
            .map(ServiceLoader.Provider::get)
            .toList();

    @Test
    void everyDetectorClassOfThePackageIsLoadedOnce() throws Exception {
        assertThat(REGISTERED)
                .extracting(d -> d.getClass().getName())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(detectorClassesOfThisPackage());
        assertThat(DETECTORS)
                .extracting(Detector::id)
                .containsExactlyInAnyOrderElementsOf(REGISTERED.stream()
                        .flatMap(d -> d.parts().stream())
                        .map(Detector::id)
                        .toList());
    }

    @Test
    void everyDetectorIsADeclaration() {
        assertThat(DETECTORS).allSatisfy(d -> assertThat(d).as(d.id()).isInstanceOf(DeclaredDetector.class));
    }

    @Test
    void everyDetectorHasItsTestVectors() {
        assertThat(REGISTERED)
                .allSatisfy(d -> assertThat(testClassOf(d)).as(d.id()).isNotNull());
    }

    @Test
    void idsAreUniqueAndTypesAreWrittenAsPresidioWritesThem() {
        assertThat(DETECTORS)
                .extracting(Detector::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(DETECTORS).extracting(Detector::type).allMatch(type -> type.matches("[A-Z0-9]+(_[A-Z0-9]+)*"));
    }

    @Test
    void everyEntityTypeNameIsReportedByADetector() {
        List<String> named = Arrays.stream(EntityTypes.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
        assertThat(DETECTORS.stream().map(Detector::type).collect(Collectors.toSet()))
                .containsAll(named);
    }

    /** The concrete {@link Detector} classes compiled into this package. */
    private static List<String> detectorClassesOfThisPackage() throws IOException, URISyntaxException {
        Path classes = Path.of(Detector.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path folder =
                classes.resolve(BuiltInDetectorsTest.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name ->
                            BuiltInDetectorsTest.class.getPackageName() + "." + name.substring(0, name.length() - 6))
                    .filter(BuiltInDetectorsTest::isConcreteDetector)
                    .toList();
        }
    }

    private static boolean isConcreteDetector(String className) {
        try {
            Class<?> c = Class.forName(className);
            return Detector.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers()) && !c.isInterface();
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static Class<?> testClassOf(Detector d) {
        try {
            return Class.forName(d.getClass().getName() + "Test");
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
