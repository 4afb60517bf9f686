package io.piiscanner.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class S3UriTest {

    @Test
    void parsesBucketAndPrefix() {
        assertThat(S3Uri.parse("s3://data-bucket/exports/2024/")).isEqualTo(new S3Uri("data-bucket", "exports/2024/"));
        assertThat(S3Uri.parse("s3://data-bucket")).isEqualTo(new S3Uri("data-bucket", ""));
        assertThat(S3Uri.parse("s3://data-bucket/")).isEqualTo(new S3Uri("data-bucket", ""));
        assertThat(S3Uri.parse("S3://data-bucket/a b/ü")).isEqualTo(new S3Uri("data-bucket", "a b/ü"));
    }

    @Test
    void recognisesS3ArgumentsOnly() {
        assertThat(S3Uri.isS3("s3://b/k")).isTrue();
        assertThat(S3Uri.isS3("s3:/b/k")).isFalse();
        assertThat(S3Uri.isS3("data/s3://x")).isFalse();
    }

    @Test
    void rejectsBadBucketNamesWithTheArgumentInTheMessage() {
        assertThatThrownBy(() -> S3Uri.parse("s3://")).hasMessage("s3://: invalid bucket name ''");
        assertThatThrownBy(() -> S3Uri.parse("s3://a/key")).hasMessage("s3://a/key: invalid bucket name 'a'");
        assertThatThrownBy(() -> S3Uri.parse("s3://bad bucket/x")).hasMessageContaining("invalid bucket name");
        assertThatThrownBy(() -> S3Uri.parse("s3://-leading/x")).hasMessageContaining("'-leading'");
    }

    @Test
    void printsAsAnS3Uri() {
        assertThat(new S3Uri("b", "p/")).hasToString("s3://b/p/");
        assertThat(new S3ObjectRef("b", "p/k.csv", null).uri()).isEqualTo("s3://b/p/k.csv");
    }
}
