package io.piiscanner.testing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The rule that the packages of a module form no cycle: a package that needs another is never needed
 * by it, directly or through others, so each one can be read, tested and moved on its own.
 */
public final class PackageCycles {

    private PackageCycles() {}

    /**
     * Fails, naming every cycle and the dependencies that make it, when the packages of the main classes
     * of the module that compiled {@code anyMainClass} (its {@code target/classes}, not its tests and not
     * the modules it depends on) form a cycle.
     */
    public static void assertNone(Class<?> anyMainClass) {
        JavaClasses classes = new ClassFileImporter()
                .importUrl(anyMainClass.getProtectionDomain().getCodeSource().getLocation());
        slices().matching("io.piiscanner.(**)").should().beFreeOfCycles().check(classes);
    }
}
