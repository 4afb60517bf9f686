package io.piiscanner.core.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helper: an RFC 4180 parser that keeps each field's byte span, to check generated tables. */
final class CsvRecords {

    /**
     * One field.
     *
     * @param start offset of the field's first byte, its opening quote if quoted
     * @param end   offset after its last byte
     * @param value the unquoted value
     */
    record Field(int start, int end, String value) {}

    private CsvRecords() {}

    static List<List<Field>> parse(byte[] in, byte delimiter) {
        List<List<Field>> records = new ArrayList<>();
        List<Field> record = new ArrayList<>();
        int i = 0;
        while (i < in.length) {
            int start = i;
            ByteArrayOutputStream value = new ByteArrayOutputStream();
            if (in[i] == '"') {
                i++;
                while (true) {
                    if (in[i] == '"' && i + 1 < in.length && in[i + 1] == '"') {
                        value.write('"');
                        i += 2;
                    } else if (in[i] == '"') {
                        i++;
                        break;
                    } else {
                        value.write(in[i++]);
                    }
                }
            } else {
                while (i < in.length && in[i] != delimiter && in[i] != '\n' && in[i] != '\r') {
                    value.write(in[i++]);
                }
            }
            record.add(new Field(start, i, value.toString(StandardCharsets.UTF_8)));
            if (i < in.length && in[i] == delimiter) {
                i++;
                continue;
            }
            if (i < in.length && in[i] == '\r') {
                i++;
            }
            if (i < in.length && in[i] == '\n') {
                i++;
            }
            records.add(record);
            record = new ArrayList<>();
        }
        return records;
    }
}
