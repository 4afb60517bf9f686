package io.piiscanner.core.detect.builtin;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * Lines in the formats of public system logs (HDFS, Android logcat, sshd, Spark, Apache, Windows
 * CBS, Zookeeper, kernel, metrics, an application), with random timestamps, thread and process
 * ids, block ids, ports, sizes and durations: the numbers logs are full of, and no phone number.
 */
final class LogLines {

    private static final String[] TAGS = {"ActivityManager", "WindowManager", "AudioManager", "PowerManagerService"};

    private final Random r;

    LogLines(long seed) {
        r = new Random(seed);
    }

    /** About {@code size} bytes of lines, one format drawn per line. */
    byte[] generate(int size) {
        StringBuilder out = new StringBuilder(size + 300);
        while (out.length() < size) {
            out.append(line()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String line() {
        return switch (r.nextInt(10)) {
            case 0 ->
                f(
                        "%02d%02d%02d %02d%02d%02d %d INFO dfs.DataNode$PacketResponder: PacketResponder %d for block"
                                + " blk_%d terminating",
                        8 + r.nextInt(2),
                        month(),
                        day(),
                        hour(),
                        sixty(),
                        sixty(),
                        1 + r.nextInt(32000),
                        r.nextInt(3),
                        r.nextLong());
            case 1 ->
                f(
                        "%02d-%02d %02d:%02d:%02d.%03d %5d %5d %s %s: uid=%d pid=%d took %d ms",
                        month(),
                        day(),
                        hour(),
                        sixty(),
                        sixty(),
                        r.nextInt(1000),
                        pid(),
                        pid(),
                        "VDIWE".charAt(r.nextInt(5)),
                        TAGS[r.nextInt(TAGS.length)],
                        1000 + r.nextInt(90000),
                        pid(),
                        r.nextInt(5000));
            case 2 ->
                f(
                        "Dec %2d %02d:%02d:%02d LabSZ sshd[%d]: Failed password for invalid user admin from %s port %d"
                                + " ssh2",
                        day(), hour(), sixty(), sixty(), pid(), ip(), 1024 + r.nextInt(64000));
            case 3 ->
                f(
                        "17/06/%02d %02d:%02d:%02d INFO storage.BlockManager: Found block rdd_%d_%d locally, %d bytes in"
                                + " %d ms",
                        day(),
                        hour(),
                        sixty(),
                        sixty(),
                        r.nextInt(500),
                        r.nextInt(2000),
                        r.nextInt(1 << 26),
                        r.nextInt(900));
            case 4 ->
                f(
                        "%s - - [%02d/Mar/2004:%02d:%02d:%02d -0800] \"GET /cgi-bin/item?id=%d&page=%d HTTP/1.1\" %d %d",
                        ip(),
                        day(),
                        hour(),
                        sixty(),
                        sixty(),
                        r.nextInt(10_000_000),
                        r.nextInt(50),
                        200 + r.nextInt(300),
                        r.nextInt(100_000));
            case 5 ->
                f(
                        "2016-09-28 04:%02d:%02d, Info                  CBS    Session: %d_%d initialized by client"
                                + " WindowsUpdateAgent, state %d %d",
                        sixty(),
                        sixty(),
                        30_000_000 + r.nextInt(900_000),
                        r.nextInt(Integer.MAX_VALUE),
                        r.nextInt(256),
                        r.nextInt(256));
            case 6 ->
                f(
                        "2015-07-29 %02d:%02d:%02d,%03d - INFO  [QuorumPeer[myid=%d]/0:0:0:0:0:0:0:0:2181:"
                                + "FastLeaderElection@%d] - Notification: %d (n.leader), 0x%x (n.zxid), %d (n.round)",
                        hour(),
                        sixty(),
                        sixty(),
                        r.nextInt(1000),
                        1 + r.nextInt(5),
                        100 + r.nextInt(900),
                        1 + r.nextInt(5),
                        r.nextLong() >>> 20,
                        1 + r.nextInt(9));
            case 7 ->
                f(
                        "[%6d.%06d] usb %d-%d: new high-speed USB device number %d using xhci_hcd, idVendor=%04x,"
                                + " idProduct=%04x",
                        r.nextInt(999_999),
                        r.nextInt(1_000_000),
                        1 + r.nextInt(4),
                        1 + r.nextInt(8),
                        1 + r.nextInt(127),
                        r.nextInt(65536),
                        r.nextInt(65536));
            case 8 ->
                f(
                        "ts=%d host=web-%02d cpu=%.1f mem=%d rx=%d tx=%d p50=%d p99=%d",
                        1_700_000_000 + r.nextInt(50_000_000),
                        r.nextInt(100),
                        r.nextDouble() * 100,
                        r.nextInt(65536),
                        r.nextInt(1 << 30),
                        r.nextInt(1 << 30),
                        r.nextInt(900),
                        r.nextInt(9000));
            default ->
                f(
                        "2024-03-%02d %02d:%02d:%02d.%03d [pool-%d-thread-%d] INFO c.e.BatchService - processed %d items"
                                + " in %d ms (%d ok, %d failed), offsets %d-%d",
                        day(),
                        hour(),
                        sixty(),
                        sixty(),
                        r.nextInt(1000),
                        1 + r.nextInt(9),
                        1 + r.nextInt(64),
                        r.nextInt(100_000),
                        r.nextInt(10_000),
                        r.nextInt(100_000),
                        r.nextInt(1000),
                        r.nextInt(1_000_000),
                        r.nextInt(1_000_000));
        };
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private int month() {
        return 1 + r.nextInt(12);
    }

    private int day() {
        return 1 + r.nextInt(28);
    }

    private int hour() {
        return r.nextInt(24);
    }

    private int sixty() {
        return r.nextInt(60);
    }

    private int pid() {
        return 1 + r.nextInt(32767);
    }

    private String ip() {
        return r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
    }
}
