package io.piiscanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScanRequestTest {

    /** A body can then match at most one form, which is what API Gateway's oneOf and the handler rely on. */
    @Test
    void noFieldBelongsToTwoFormsAndEachFormIsToldByOneRequiredField() {
        Set<String> seen = new HashSet<>();
        for (ScanRequest form : ScanRequest.values()) {
            assertThat(form.fields()).filteredOn(ScanRequest.Field::required).containsExactly(form.required());
            form.fields()
                    .forEach(f -> assertThat(seen.add(f.name())).as(f.name()).isTrue());
        }
    }

    @Test
    void theDocumentedFieldsAreThere() {
        assertThat(ScanRequest.OBJECT.fields())
                .extracting(ScanRequest.Field::name)
                .containsExactly("objectKey", "versionId");
        assertThat(ScanRequest.TEXT.fields())
                .extracting(ScanRequest.Field::name)
                .containsExactly("text", "format");
        assertThat(ScanRequest.TEXT.required().limit()).isEmpty();
        assertThat(ScanRequest.OBJECT.field("versionId"))
                .map(ScanRequest.Field::limit)
                .contains(Optional.of(1024));
    }
}
