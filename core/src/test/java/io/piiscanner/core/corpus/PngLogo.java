package io.piiscanner.core.corpus;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * A tiny PNG image, to show that the scanner skips binary files. Written by hand with stored
 * (uncompressed) deflate blocks so its bytes do not depend on the platform's zlib.
 */
final class PngLogo {

    private static final int SIZE = 24;

    private PngLogo() {}

    /** A {@value #SIZE}x{@value #SIZE} RGB image: a dark shield on a light background. */
    static byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        writeInt(header, SIZE);
        writeInt(header, SIZE);
        // Bit depth 8, colour type 2 (RGB), deflate, adaptive filtering, no interlace.
        header.writeBytes(new byte[] {8, 2, 0, 0, 0});
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", zlibStored(pixels()));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] pixels() {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < SIZE; y++) {
            raw.write(0);
            for (int x = 0; x < SIZE; x++) {
                int dx = Math.abs(2 * x - SIZE + 1);
                // A shield: full width at the top, narrowing to a point at the bottom.
                boolean shield = y >= 3 && y < SIZE - 2 && dx < (SIZE - 6) - Math.max(0, 2 * (y - SIZE / 2));
                raw.writeBytes(
                        shield ? new byte[] {0x1f, 0x3a, 0x5f} : new byte[] {(byte) 0xee, (byte) 0xf2, (byte) 0xf7});
            }
        }
        return raw.toByteArray();
    }

    /** A zlib stream of stored blocks: no compression, so no dependence on a deflate implementation. */
    private static byte[] zlibStored(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x78, 0x01});
        int pos = 0;
        do {
            int len = Math.min(0xffff, data.length - pos);
            boolean last = pos + len == data.length;
            out.write(last ? 1 : 0);
            out.write(len & 0xff);
            out.write(len >>> 8);
            out.write(~len & 0xff);
            out.write((~len >>> 8) & 0xff);
            out.write(data, pos, len);
            pos += len;
        } while (pos < data.length);
        Adler32 adler = new Adler32();
        adler.update(data);
        writeInt(out, (int) adler.getValue());
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        writeInt(out, data.length);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        writeInt(out, (int) crc.getValue());
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        try {
            new DataOutputStream(out).writeInt(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
