package io.piiscanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** libphonenumber's java.util.logging warnings never reach the command's standard error. */
class PhoneNumberLogTest {

    /** Runs a scan, then asks libphonenumber what makes it log a warning, in a process of its own. */
    public static final class Probe {
        public static void main(String[] args) {
            int exit = Main.run(
                    new String[] {"scan", "-q", "-"},
                    new ByteArrayOutputStream(),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new ByteArrayInputStream("Phone: +1 650-253-0000\n".getBytes(StandardCharsets.UTF_8)),
                    Map.of());
            PhoneNumberUtil.getInstance().getCountryCodeForRegion("XX");
            System.out.print("exit " + exit);
        }
    }

    @Test
    void aWarningOfLibphonenumberIsNotPrinted() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child =
                new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Probe.class.getName()).start();
        String out;
        String err;
        try (InputStream stdout = child.getInputStream();
                InputStream stderr = child.getErrorStream()) {
            out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            err = new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(child.waitFor()).isZero();

        assertThat(out).isEqualTo("exit " + ExitStatus.FINDINGS);
        assertThat(err).isEmpty();
    }
}
