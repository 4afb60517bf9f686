package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** Issue 16, item 4: bucket names are unique to the stack's account, region and stack, within S3's limits. */
class ResourceNamesTest {

    /** A stack id as CloudFormation writes it. */
    private static final String STACK_ID =
            "arn:aws:cloudformation:eu-west-1:123456789012:stack/TapStackdev/51af3dc0-da77-11e4-872e-1234567db123";

    @Test
    void withTheLongestSuffixEveryBucketNameIsAValidS3NameOfAtMost63Characters() {
        ResourceNames longest = new ResourceNames(
                "a".repeat(StackConfig.MAX_SUFFIX_LENGTH), "f".repeat(ResourceNames.STACK_PART_LENGTH));
        assertThat(longest.buckets())
                .hasSize(5)
                .allSatisfy(
                        name -> assertThat(name).hasSizeLessThanOrEqualTo(63).matches("[a-z0-9][a-z0-9-]*[a-z0-9]"));
        assertThat(longest.accessLogsBucket()).hasSize(60);
    }

    @Test
    @SuppressWarnings("unchecked")
    void inTheTemplateEachBucketKeepsItsPrefixAndEndsWithTheFirstGroupOfTheStacksUuid() {
        Template template = SynthesizedStack.defaults().template();
        for (String name : List.of(
                "financial-data-bucket-test",
                "flow-logs-bucket-test",
                "financial-data-access-logs-test",
                "pii-scanner-trail-test")) {
            Map<String, Object> bucketName =
                    (Map<String, Object>) Resources.bucket(template, name).get("BucketName");
            Object stackPart = ((List<Object>) ((List<Object>) bucketName.get("Fn::Join")).get(1)).get(1);
            assertThat(evaluate(stackPart).toString()).isEqualTo("51af3dc0").hasSize(ResourceNames.STACK_PART_LENGTH);
        }
    }

    /** Evaluates the intrinsics of the stack part, as CloudFormation would for {@link #STACK_ID}. */
    @SuppressWarnings("unchecked")
    private static Object evaluate(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return value;
        }
        var entry = ((Map<String, Object>) map).entrySet().iterator().next();
        List<Object> args = entry.getValue() instanceof List<?> list ? (List<Object>) list : List.of(entry.getValue());
        return switch (entry.getKey()) {
            case "Ref" -> {
                assertThat(args).containsExactly("AWS::StackId");
                yield STACK_ID;
            }
            case "Fn::Split" ->
                List.of(evaluate(args.get(1))
                        .toString()
                        .split(Pattern.quote(args.get(0).toString()), -1));
            case "Fn::Select" -> ((List<Object>) evaluate(args.get(1))).get((Integer) args.get(0));
            default -> throw new AssertionError("unexpected intrinsic " + entry.getKey());
        };
    }
}
