package io.piiscanner.cli;

import static io.piiscanner.cli.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standard output that fails: a reader that went away ends the run quietly, anything else is an error. */
class ClosedOutputTest {

    @TempDir
    Path dir;

    /** Takes a few bytes, then fails every write the way a closed pipe or a full disk does. */
    private static final class FailingOutput extends OutputStream {
        private final String message;
        private int room = 100;

        FailingOutput(String message) {
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            room -= len;
            if (room < 0) {
                throw new IOException(message);
            }
        }
    }

    private Path manyFindings() {
        return write(dir.resolve("big.txt"), ("Email: " + Fixtures.EMAIL + "\n").repeat(5_000));
    }

    @Test
    void scanEndsQuietlyWhenTheReaderGoesAway() {
        Cli.Result result = Cli.withOutput(
                new FailingOutput("Broken pipe"), "scan", manyFindings().toString());

        assertThat(result.exit())
                .as("a cut-short scan cannot claim to be clean")
                .isEqualTo(ExitStatus.FINDINGS);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void redactEndsQuietlyWhenTheReaderGoesAway() {
        Cli.Result result = Cli.withOutput(
                new FailingOutput("Broken pipe"), "redact", manyFindings().toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.CLEAN);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void otherWriteFailuresAreErrors() {
        Cli.Result result = Cli.withOutput(
                new FailingOutput("No space left on device"),
                "scan",
                "--threads",
                "2",
                manyFindings().toString(),
                manyFindings().toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.err()).isEqualTo("pii-scanner: cannot write standard output: No space left on device\n");
    }
}
