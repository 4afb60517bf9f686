package io.piiscanner.core.format;

/**
 * Decides from the first bytes of an input whether it is text that can be scanned.
 * Scanning binary formats byte-wise finds nothing useful and produces noise, so they are
 * skipped with a reason the user can act on; text is never skipped for a stray NUL byte.
 */
public final class ContentSniffer {

    /** How many leading bytes are inspected. */
    public static final int SNIFF_BYTES = 8192;
    /** Text has almost no control characters; more than this share of the head means binary data. */
    static final int MAX_CONTROL_PERCENT = 5;

    private static final String UTF16 = "UTF-16 text is not supported; convert it to UTF-8";

    private ContentSniffer() {}

    /** True when the bytes start with the gzip magic number. */
    public static boolean isGzip(byte[] head, int len) {
        return len >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /**
     * Returns why these leading bytes are not scannable text, or {@code null} if they are.
     *
     * <p>Binary is a known signature, a UTF-16 or UTF-32 byte order mark, NULs at every other byte
     * (UTF-16 without a mark), or more than {@value #MAX_CONTROL_PERCENT}% NUL and other control
     * bytes. Text with a few NULs (a NUL char literal in source code, a NUL field in an export) is
     * text: its data is scanned.
     *
     * @param head the first bytes of the input
     * @param len  how many of them are valid
     */
    public static String binaryReason(byte[] head, int len) {
        String magic = magic(head, len);
        if (magic != null) {
            return "binary file (" + magic + ")";
        }
        if (startsWith(head, len, "\u00ff\u00fe\u0000\u0000") || startsWith(head, len, "\u0000\u0000\u00fe\u00ff")) {
            return "UTF-32 text is not supported; convert it to UTF-8";
        }
        if (startsWith(head, len, "\u00ff\u00fe") || startsWith(head, len, "\u00fe\u00ff")) {
            return UTF16;
        }
        int[] nulsAt = new int[2];
        int control = 0;
        for (int i = 0; i < len; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                nulsAt[i & 1]++;
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        int nuls = nulsAt[0] + nulsAt[1];
        // UTF-16 puts a NUL before or after every ASCII character, always at the same parity.
        if (nuls > 0 && nuls >= len / 4 && 10 * Math.min(nulsAt[0], nulsAt[1]) <= nuls) {
            return UTF16 + " (no byte order mark, NUL bytes at every other byte)";
        }
        if ((long) (nuls + control) * 100 > (long) len * MAX_CONTROL_PERCENT) {
            return "binary file (" + nuls + " NUL and " + control + " other control bytes in the first " + len
                    + " bytes)";
        }
        return null;
    }

    private static String magic(byte[] h, int len) {
        if (startsWith(h, len, "%PDF")) {
            return "PDF document";
        }
        if (startsWith(h, len, "PK\u0003\u0004")) {
            return "ZIP archive or Office document";
        }
        if (startsWith(h, len, "\u0089PNG")) {
            return "PNG image";
        }
        if (startsWith(h, len, "\u00ff\u00d8\u00ff")) {
            return "JPEG image";
        }
        if (startsWith(h, len, "GIF8")) {
            return "GIF image";
        }
        if (startsWith(h, len, "\u007fELF")) {
            return "ELF executable";
        }
        if (startsWith(h, len, "\u00ca\u00fe\u00ba\u00be")) {
            return "Java class file";
        }
        if (startsWith(h, len, "7z\u00bc\u00af")) {
            return "7-Zip archive";
        }
        if (startsWith(h, len, "BZh")) {
            return "bzip2 archive";
        }
        if (startsWith(h, len, "\u00fd7zXZ")) {
            return "xz archive";
        }
        if (startsWith(h, len, "\u0028\u00b5\u002f\u00fd")) {
            return "zstd archive";
        }
        if (startsWith(h, len, "PAR1")) {
            return "Parquet file";
        }
        return null;
    }

    private static boolean startsWith(byte[] h, int len, String latin1) {
        if (len < latin1.length()) {
            return false;
        }
        for (int i = 0; i < latin1.length(); i++) {
            if ((h[i] & 0xff) != latin1.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
