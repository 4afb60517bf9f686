package io.piiscanner.lambda.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.lambda.model.ObjectScan;
import io.piiscanner.lambda.model.ObjectVersion;
import io.piiscanner.lambda.model.ScanStatus;
import io.piiscanner.lambda.testing.LocalAws;
import io.piiscanner.s3.S3ObjectRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.Tag;

class ObjectTaggerTest {

    @Test
    void typesAreSpaceSeparatedAndCutAtAWholeTypeWithinTheValueLimit() {
        assertThat(ObjectTagger.typesValue(new TreeSet<>(Set.of("US_SSN", "CREDIT_CARD"))))
                .isEqualTo("CREDIT_CARD US_SSN");
        TreeSet<String> many = new TreeSet<>();
        IntStream.range(0, 40).forEach(i -> many.add("TYPE_NUMBER_" + (100 + i)));
        String value = ObjectTagger.typesValue(many);
        assertThat(value.length()).isLessThanOrEqualTo(ObjectTagger.MAX_VALUE);
        assertThat(value).matches("[A-Z0-9_ ]+").endsWith("TYPE_NUMBER_" + (100 + value.split(" ").length - 1));
    }

    @Test
    void keepsOtherTagsAndGivesUpWhenThereIsNoRoom() {
        LocalAws.Deployment deployment = LocalAws.get().deploy(false, Map.of());
        ObjectTagger tagger = new ObjectTagger(LocalAws.get().s3());
        deployment.put("tagged.txt", new byte[] {'x'});
        LocalAws.get()
                .s3()
                .putObjectTagging(b -> b.bucket(deployment.bucket())
                        .key("tagged.txt")
                        .tagging(t -> t.tagSet(
                                Tag.builder().key("owner").value("finance").build(),
                                Tag.builder().key("pii-status").value("stale").build())));
        assertThat(tagger.tag(scan(deployment.bucket(), "tagged.txt"))).isEqualTo(ObjectTagger.Result.TAGGED);
        assertThat(deployment.tags("tagged.txt", null))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("owner", "finance", "pii-status", "found", "pii-types", "CREDIT_CARD"));

        deployment.put("full.txt", new byte[] {'x'});
        List<Tag> ten = new ArrayList<>();
        IntStream.range(0, 10)
                .forEach(i -> ten.add(Tag.builder().key("t" + i).value("v").build()));
        LocalAws.get()
                .s3()
                .putObjectTagging(
                        b -> b.bucket(deployment.bucket()).key("full.txt").tagging(t -> t.tagSet(ten)));
        assertThat(tagger.tag(scan(deployment.bucket(), "full.txt"))).isEqualTo(ObjectTagger.Result.NO_ROOM);
        assertThat(deployment.tags("full.txt", null)).hasSize(10).doesNotContainKey("pii-status");
    }

    private static ObjectScan scan(String bucket, String key) {
        return new ObjectScan(
                new S3ObjectRef(bucket, key, null),
                new ObjectVersion(null, "etag"),
                ScanStatus.FOUND,
                null,
                1,
                Map.of("CREDIT_CARD", 1L),
                List.of(),
                Instant.now());
    }
}
