package io.piiscanner.lambda.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.s3.S3ObjectRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectMessagesTest {

    private static List<ObjectMessages.Request> parse(String body) throws InvalidMessageException {
        return ObjectMessages.parse(body, "data");
    }

    @Test
    void referencesDefaultToTheDataBucketAndKeepPlainKeys() throws Exception {
        assertThat(parse("{\"key\":\"a b+c.csv\"}"))
                .containsExactly(new ObjectMessages.Request(new S3ObjectRef("data", "a b+c.csv", null), false));
        assertThat(parse("{\"bucket\":\"other\",\"key\":\"k\",\"versionId\":\"v1\",\"rescan\":true}"))
                .containsExactly(new ObjectMessages.Request(new S3ObjectRef("other", "k", "v1"), true));
    }

    /** What the API queues is what the queue function reads: key, bucket and version unchanged. */
    @Test
    void aReferenceWrittenForTheQueueReadsBackAsTheSameObject() throws Exception {
        for (S3ObjectRef object : List.of(
                new S3ObjectRef("data", "a b+c/%41\u00e9.csv", "v1"), new S3ObjectRef("data", "plain.csv", null))) {
            assertThat(parse(ObjectMessages.reference(object)))
                    .containsExactly(new ObjectMessages.Request(object, false));
        }
    }

    @Test
    void s3NotificationsCarryEncodedKeysAndOnlyCreatedRecordsCount() throws Exception {
        String body = """
                {"Records":[
                  {"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"data"},
                   "object":{"key":"M%C3%A4rz+2024/a%2Bb.csv","versionId":"v9"}}},
                  {"eventName":"ObjectRemoved:Delete","s3":{"bucket":{"name":"data"},"object":{"key":"x"}}}]}""";
        assertThat(parse(body))
                .containsExactly(new ObjectMessages.Request(new S3ObjectRef("data", "März 2024/a+b.csv", "v9"), false));
        assertThat(parse("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\"}"))
                .isEmpty();
    }

    @Test
    void invalidBodiesAreRefusedWithoutQuotingThem() {
        assertThatThrownBy(() -> parse("card 4111111111111111")).hasMessage("body is not valid JSON");
        assertThatThrownBy(() -> parse("{\"key\": 4111111111111111")).hasMessage("body is not valid JSON");
        assertThatThrownBy(() -> parse("[1]")).hasMessage("body is not a JSON object");
        assertThatThrownBy(() -> parse(null)).hasMessage("body is not a JSON object");
        assertThatThrownBy(() -> parse("{}")).hasMessage("key is missing");
        assertThatThrownBy(() -> parse("{\"key\":\"\"}")).hasMessage("key is empty");
        assertThatThrownBy(() -> parse("{\"key\":42}")).hasMessage("key must be a string");
        assertThatThrownBy(() -> parse("{\"key\":\"k\",\"rescan\":\"yes\"}"))
                .hasMessage("rescan must be true or false");
        assertThatThrownBy(() -> parse("{\"Records\":{}}")).hasMessage("Records is not an array");
        assertThatThrownBy(() -> parse("{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":{}}]}"))
                .hasMessage("an ObjectCreated record has no bucket name or object key");
        assertThatThrownBy(() -> parse("{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":"
                        + "{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"%zz\"}}}]}"))
                .hasMessage("malformed URL encoding in object key");
    }
}
