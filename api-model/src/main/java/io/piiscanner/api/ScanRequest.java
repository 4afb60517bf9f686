package io.piiscanner.api;

import java.util.List;
import java.util.Optional;

/**
 * The forms of a {@code POST /scan} body and the fields each accepts. This is the one definition
 * of the request: the API function validates bodies against it and the stack turns it into API
 * Gateway's request model, so the model can never refuse a field that the handler takes.
 */
public enum ScanRequest {

    /** An object of the data bucket: {@code {"objectKey": "exports/a.csv", "versionId": "..."}}. */
    OBJECT(
            new Field("objectKey", true, Field.OBJECT_KEY_MAX_LENGTH),
            new Field("versionId", false, Field.OBJECT_KEY_MAX_LENGTH)),

    /** Inline text: {@code {"text": "...", "format": "csv"}}; its size limit is the handler's (413). */
    TEXT(new Field("text", true, Field.UNLIMITED), new Field("format", false, Field.FORMAT_MAX_LENGTH));

    private final List<Field> fields;

    ScanRequest(Field... fields) {
        this.fields = List.of(fields);
    }

    /**
     * A string field of a body.
     *
     * @param name      the JSON name
     * @param required  whether the form requires it; the required field is what tells the forms apart
     * @param maxLength the most characters, or {@link #UNLIMITED}; every field needs at least one
     */
    public record Field(String name, boolean required, int maxLength) {

        /** No limit on the length. */
        public static final int UNLIMITED = -1;

        /** S3's longest object key, 1,024 bytes, which no key of fewer characters can exceed. */
        public static final int OBJECT_KEY_MAX_LENGTH = 1024;

        /** Longer than any format name ({@code ndjson}), short enough to refuse a stray document. */
        public static final int FORMAT_MAX_LENGTH = 16;

        /** The limit on the length, if any. */
        public Optional<Integer> limit() {
            return maxLength == UNLIMITED ? Optional.empty() : Optional.of(maxLength);
        }
    }

    /** The fields of this form, the required one first. */
    public List<Field> fields() {
        return fields;
    }

    /** The field whose presence makes a body this form. */
    public Field required() {
        return fields.get(0);
    }

    /** The field of this form with this name, if any. */
    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
