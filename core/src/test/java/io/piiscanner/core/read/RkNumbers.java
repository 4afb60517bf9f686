package io.piiscanner.core.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Rewrites the numbers of an {@code .xls} workbook written by POI's {@code HSSFWorkbook} (which
 * writes each as a NUMBER record, a full 8-byte double) as Excel itself writes most of them: as RK
 * records, and as one MULRK record for a run of them side by side in a row.
 *
 * <p>The records written, little-endian as all BIFF8, each after its 4-byte header (sid, size;
 * [MS-XLS] 2.1.4):
 * <ul>
 *   <li>NUMBER, replaced ([MS-XLS] 2.4.180), sid {@code 0x0203}, 14 bytes: {@code rw} u16,
 *       {@code col} u16, {@code ixfe} u16, {@code num} 8-byte IEEE double;</li>
 *   <li>RK ([MS-XLS] 2.4.220), sid {@code 0x027E}, 10 bytes: {@code rw} u16, {@code col} u16,
 *       then an RkRec ([MS-XLS] 2.5.218): {@code ixfe} u16, {@code RK} 4 bytes;</li>
 *   <li>MULRK ([MS-XLS] 2.4.175), sid {@code 0x00BD}, 6 + 6n bytes: {@code rw} u16,
 *       {@code colFirst} u16, n RkRecs (one per column from {@code colFirst}), {@code colLast} u16;</li>
 *   <li>the RkNumber in each ([MS-XLS] 2.5.217), 32 bits: bit 0 {@code fX100} (the value is the
 *       number divided by 100), bit 1 {@code fInt} (the number is a signed 30-bit integer in bits
 *       2-31), else bits 2-31 are the 30 most significant bits of an IEEE double whose other 34
 *       bits are zero.</li>
 * </ul>
 * A number no RkNumber holds exactly (a 16-digit card number) stays a NUMBER record. Records
 * change size, so the offsets the workbook keeps of its sheets and rows go stale: Excel's readers
 * and POI's need them no more than the reader under test does.
 */
final class RkNumbers {

    static final int NUMBER = 0x0203;
    static final int RK = 0x027E;
    static final int MULRK = 0x00BD;

    private static final String WORKBOOK = "Workbook";
    /** The largest magnitude of a signed 30-bit integer, plus one. */
    private static final long INT30 = 1L << 29;

    private RkNumbers() {}

    /** The workbook with its numbers as RK and MULRK records wherever an RkNumber holds them. */
    static byte[] rewrite(byte[] xls) {
        ByteBuffer in = ByteBuffer.wrap(workbookStream(xls)).order(ByteOrder.LITTLE_ENDIAN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Run run = new Run();
        while (in.remaining() >= 4) {
            int sid = in.getShort() & 0xFFFF;
            byte[] body = new byte[in.getShort() & 0xFFFF];
            in.get(body);
            ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
            Integer rk = sid == NUMBER ? rk(b.getDouble(6)) : null;
            if (rk != null) {
                run.add(b.getShort(0) & 0xFFFF, b.getShort(2) & 0xFFFF, b.getShort(4), rk, out);
                continue;
            }
            run.flush(out);
            write(out, sid, body);
        }
        run.flush(out);
        return Archives.write(file -> {
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                fs.createDocument(new ByteArrayInputStream(out.toByteArray()), WORKBOOK);
                fs.writeFilesystem(file);
            }
        });
    }

    /** The sids of the records of the workbook's stream, in order. */
    static List<Integer> sids(byte[] xls) {
        ByteBuffer in = ByteBuffer.wrap(workbookStream(xls)).order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> sids = new ArrayList<>();
        while (in.remaining() >= 4) {
            sids.add(in.getShort() & 0xFFFF);
            int size = in.getShort() & 0xFFFF;
            in.position(in.position() + size);
        }
        return sids;
    }

    /** The workbook's {@code Workbook} stream. */
    static byte[] workbookStream(byte[] xls) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls));
                InputStream stream = fs.createDocumentInputStream(WORKBOOK)) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The RkNumber that holds the value exactly, or null: an integer, an integer / 100, a double, a double / 100. */
    static Integer rk(double value) {
        if (value == Math.rint(value) && Math.abs(value) < INT30) {
            return (int) value << 2 | 2;
        }
        double hundredfold = Math.rint(value * 100);
        if (Math.abs(hundredfold) < INT30 && hundredfold / 100 == value) {
            return (int) hundredfold << 2 | 3;
        }
        if (shortDouble(value)) {
            return (int) (Double.doubleToRawLongBits(value) >>> 32);
        }
        if (shortDouble(value * 100) && value * 100 / 100 == value) {
            return (int) (Double.doubleToRawLongBits(value * 100) >>> 32) | 1;
        }
        return null;
    }

    /** Whether a double's 34 least significant bits are zero, so that its 30 others hold it. */
    private static boolean shortDouble(double value) {
        return (Double.doubleToRawLongBits(value) & ((1L << 34) - 1)) == 0;
    }

    private static void write(ByteArrayOutputStream out, int sid, byte[] body) {
        ByteBuffer header = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) sid).putShort((short) body.length);
        out.writeBytes(header.array());
        out.writeBytes(body);
    }

    /** RK cells side by side in a row, not yet written: one is an RK record, more a MULRK. */
    private static final class Run {
        private int row = -1;
        private int firstColumn;
        private final List<Short> xfs = new ArrayList<>();
        private final List<Integer> rks = new ArrayList<>();

        void add(int row, int column, short xf, int rk, ByteArrayOutputStream out) {
            if (row != this.row || column != firstColumn + rks.size()) {
                flush(out);
                this.row = row;
                firstColumn = column;
            }
            xfs.add(xf);
            rks.add(rk);
        }

        void flush(ByteArrayOutputStream out) {
            int n = rks.size();
            if (n == 0) {
                return;
            }
            ByteBuffer body = ByteBuffer.allocate(n == 1 ? 10 : 6 + 6 * n).order(ByteOrder.LITTLE_ENDIAN);
            body.putShort((short) row).putShort((short) firstColumn);
            for (int i = 0; i < n; i++) {
                body.putShort(xfs.get(i)).putInt(rks.get(i));
            }
            if (n > 1) {
                body.putShort((short) (firstColumn + n - 1));
            }
            write(out, n == 1 ? RK : MULRK, body.array());
            xfs.clear();
            rks.clear();
            row = -1;
        }
    }
}
