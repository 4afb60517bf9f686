package io.piiscanner.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Names each test's temporary folder with letters only, where JUnit's default name ends in a
 * random number. The command masks the values that paths hold, and a random number of that
 * length passes a card number's checks about one time in twenty: a test that compares a printed
 * path with the one it made must not depend on that roll.
 */
public final class LetterTempDirs implements TempDirFactory {

    private static final int LETTERS = 16;

    @Override
    public Path createTempDirectory(AnnotatedElementContext elementContext, ExtensionContext extensionContext)
            throws IOException {
        Path parent = Path.of(System.getProperty("java.io.tmpdir"));
        while (true) {
            try {
                return Files.createDirectory(parent.resolve("pii-scanner-test-" + letters()));
            } catch (FileAlreadyExistsException e) {
                // Taken: roll another name.
            }
        }
    }

    private static String letters() {
        StringBuilder name = new StringBuilder(LETTERS);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < LETTERS; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
