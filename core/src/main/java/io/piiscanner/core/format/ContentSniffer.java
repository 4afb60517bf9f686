package io.piiscanner.core.format;

/**
 * Decides from the first bytes of an input whether it is text that can be scanned.
 * Scanning binary formats byte-wise finds nothing useful and produces noise, so they are
 * skipped with a reason the user can act on.
 */
public final class ContentSniffer {

    /** How many leading bytes are inspected. */
    public static final int SNIFF_BYTES = 8192;

    private ContentSniffer() {
    }

    /** True when the bytes start with the gzip magic number. */
    public static boolean isGzip(byte[] head, int len) {
        return len >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /**
     * Returns why these leading bytes are not scannable text, or {@code null} if they are.
     *
     * @param head the first bytes of the input
     * @param len  how many of them are valid
     */
    public static String binaryReason(byte[] head, int len) {
        String magic = magic(head, len);
        if (magic != null) {
            return "binary file (" + magic + ")";
        }
        if (len >= 2 && ((head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe
                || (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff)) {
            return "UTF-16 text is not supported; convert it to UTF-8";
        }
        int control = 0;
        for (int i = 0; i < len; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                return "binary file (NUL bytes in the first " + Math.min(len, SNIFF_BYTES) + " bytes)";
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        // Text has almost no control characters; a few percent means binary data.
        if (len > 0 && control * 100 / len > 5) {
            return "binary file (" + control + " control bytes in the first " + len + " bytes)";
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
