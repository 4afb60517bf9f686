package io.piiscanner.preflight.lambda;

import java.time.LocalDate;

/**
 * A Lambda runtime and its support dates; a date is {@code null} when AWS had not announced it.
 *
 * @param id          the runtime identifier, e.g. {@code java17}
 * @param os          the Amazon Linux generation it runs on
 * @param deprecated  end of security patches
 * @param blockCreate from when new functions with it are refused
 * @param blockUpdate from when existing functions with it can no longer be updated
 * @param successor   the runtime to move to, or {@code null}
 */
public record LambdaRuntime(
        String id, String os, LocalDate deprecated, LocalDate blockCreate, LocalDate blockUpdate, String successor) {

    /** Whether it runs on Amazon Linux 2 or the original Amazon Linux. */
    public boolean onAmazonLinux2OrOlder() {
        return !os.equals("Amazon Linux 2023");
    }
}
