package io.piiscanner.core.read.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;

/** How columns are named and which are read: the names a user gave, not the levels parquet-java adds. */
class ParquetColumnTest {

    @Test
    void listsAndMapsAreNamedByTheFieldTheUserDeclared() {
        var columns = ParquetColumn.of(MessageTypeParser.parseMessageType("""
                message export {
                  optional group customer {
                    optional group cards (LIST) {
                      repeated group list {
                        optional binary element (STRING);
                      }
                    }
                    optional group attributes (MAP) {
                      repeated group key_value {
                        required binary key (STRING);
                        optional binary value (STRING);
                      }
                    }
                  }
                  repeated binary legacy_tags (STRING);
                  optional group matrix (LIST) {
                    repeated group list {
                      optional group element (LIST) {
                        repeated group list {
                          optional int64 element;
                        }
                      }
                    }
                  }
                  optional int64 created (TIMESTAMP(MILLIS, true));
                  optional double amount;
                  optional fixed_len_byte_array(16) id (UUID);
                }
                """));
        assertThat(columns)
                .extracting(c -> c.index() + " " + c.field() + " " + c.label() + " " + c.kind())
                .containsExactly(
                        "1 customer.cards cards TEXT",
                        "2 customer.attributes.key key TEXT",
                        "3 customer.attributes.value value TEXT",
                        "4 legacy_tags legacy_tags TEXT",
                        "5 matrix matrix INTEGER",
                        "6 created created NONE",
                        "7 amount amount NONE",
                        "8 id id NONE");
    }
}
