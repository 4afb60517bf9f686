package io.piiscanner.preflight.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Templates made to exhaust the readers end in a one-line error with a position: too deep, too
 * large, aliases that never end or that expand past {@link TemplateLimits}.
 */
class HostileTemplateTest {

    private static TemplateSyntaxException refused(String source) {
        try {
            TemplateParser.parse(source);
        } catch (TemplateSyntaxException e) {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
            return e;
        }
        throw new AssertionError("the template was read");
    }

    @Test
    void nestingPastTheLimitIsRefusedInEveryForm() {
        // Block mappings 900 deep take 800 KB of indentation; flow sequences 2,000 deep take 4 KB.
        for (String deep : List.of(
                HostileTemplates.deepYaml(900),
                HostileTemplates.deepFlowYaml(2_000),
                HostileTemplates.deepJson(2_000))) {
            TemplateSyntaxException e = refused(deep);
            assertThat(e.problem()).contains("nest", "100");
            assertThat(e.location().known()).isTrue();
        }
        assertThat(refused(HostileTemplates.deepJson(2_000)).problem())
                .isEqualTo("Document nesting depth (101) exceeds the maximum allowed (100)");
    }

    @Test
    void nestingUpToTheLimitIsRead() throws TemplateSyntaxException {
        // The top mapping is one level: 99 more below it.
        TemplateParser.parse(HostileTemplates.deepYaml(TemplateLimits.MAX_DEPTH - 1));
        TemplateParser.parse(HostileTemplates.deepFlowYaml(TemplateLimits.MAX_DEPTH - 1));
        TemplateParser.parse(HostileTemplates.deepJson(TemplateLimits.MAX_DEPTH - 1));
        assertThat(refused(HostileTemplates.deepYaml(TemplateLimits.MAX_DEPTH)).problem())
                .contains("nest");
        assertThat(refused(HostileTemplates.deepJson(TemplateLimits.MAX_DEPTH)).problem())
                .contains("nesting");
    }

    @Test
    void shortFormTagsAndAliasesCountTowardsTheDepth() {
        String tags = "A: " + "!Not [".repeat(60) + "x" + "]".repeat(60) + "\n";
        assertThat(refused(tags).problem()).contains("nest");
        String aliases = "a: &a " + "[".repeat(60) + "x" + "]".repeat(60) + "\nb: " + "[".repeat(60) + "*a"
                + "]".repeat(60) + "\n";
        assertThat(refused(aliases).problem()).contains("nest");
    }

    @Test
    void anAliasInsideTheNodeItNamesIsRefused() {
        assertThat(HostileTemplates.SELF_ALIAS).hasSize(22);
        TemplateSyntaxException e = refused(HostileTemplates.SELF_ALIAS);
        assertThat(e.problem()).isEqualTo("the alias *r is inside the node it names, so it never ends");
        assertThat(e.location()).isEqualTo(new Location(2, 3));
        assertThat(refused("a: &a [x, *a]\n").problem()).contains("*a");
    }

    @Test
    void anAliasChainIsRefusedByWhatItExpandsTo() {
        String bomb = HostileTemplates.aliasChain(24);
        assertThat(bomb.length()).isLessThan(1_000);
        TemplateSyntaxException e = refused(bomb);
        assertThat(e.problem()).isEqualTo("aliases expand the template past 4,000,000 values and characters");
        assertThat(e.location().line()).isBetween(2, 25);
    }

    @Test
    void aLongStringRepeatedByAliasesIsRefused() {
        String source = "S: &s '" + "x".repeat(100_000) + "'\nL: [" + "*s, ".repeat(100) + "*s]\n";
        assertThat(refused(source).problem()).startsWith("aliases expand the template past");
    }

    @Test
    void aliasesWithinTheLimitsAreFollowed() throws TemplateSyntaxException {
        Template t = TemplateParser.parse("""
                Parameters: {Env: &env {Type: String}}
                Resources:
                  Topic: {Type: AWS::SNS::Topic, Properties: {TopicName: &name !Sub '${AWS::StackName}-t'}}
                Outputs: {Name: {Value: *name}, Env: *env}
                """);
        assertThat(Symbolic.of(t.section("Outputs").map("Name").get("Value")).render())
                .isEqualTo("${AWS::StackName}-t");
        assertThat(t.section("Outputs").map("Env").text("Type")).isEqualTo("String");
        CfnValue chain =
                TemplateParser.parse(HostileTemplates.aliasChain(10)).root().get("a10");
        assertThat(leaves(chain)).isEqualTo(8 << 10);
    }

    private static int leaves(CfnValue v) {
        return v instanceof CfnList l
                ? l.items().stream().mapToInt(HostileTemplateTest::leaves).sum()
                : 1;
    }

    @Test
    void aTemplateOverOneMebibyteIsRefusedBeforeParsing() {
        // Were it parsed, it would be refused for its nesting instead.
        String source = "[".repeat(TemplateLimits.MAX_BYTES + 1);
        TemplateSyntaxException e = refused(source);
        assertThat(e.problem()).isEqualTo(TemplateLimits.TOO_LARGE);
        assertThat(e.location().known()).isFalse();
    }

    @Test
    void moreResourcesOrLongerLogicalIdsThanCloudFormationTakesAreRefused() throws TemplateSyntaxException {
        assertThat(TemplateParser.parse(topics(500, "T")).resourceIds()).hasSize(500);
        assertThat(refused(topics(501, "T")).problem())
                .isEqualTo("501 resources; CloudFormation accepts at most " + "500 in a template");
        TemplateParser.parse(topics(1, "T".repeat(254)));
        TemplateSyntaxException e = refused(topics(1, "T".repeat(255)));
        assertThat(e.problem()).isEqualTo("a logical id of 256 characters; CloudFormation accepts at most 255");
        assertThat(e.location()).isEqualTo(new Location(2, 3));
    }

    private static String topics(int count, String prefix) {
        StringBuilder sb = new StringBuilder("Resources:\n");
        for (int i = 0; i < count; i++) {
            sb.append("  ").append(prefix).append(i).append(": {Type: AWS::SNS::Topic}\n");
        }
        return sb.toString();
    }

    @Test
    void jsonErrorsSayWhatIsWrongAndWhereWithoutJacksonInternals() {
        TemplateSyntaxException eof = refused("{\"Resources\": {");
        assertThat(eof.getMessage()).isEqualTo("1:16: the template ends before the object opened at 1:15 is closed");
        assertThat(refused("{\"A\": \"abc").getMessage()).isEqualTo("1:11: the template ends inside a string");
        TemplateSyntaxException mismatch = refused("{\"A\": [1,\n 2}");
        assertThat(mismatch.getMessage())
                .startsWith("2:3: ")
                .contains("starting at 1:7")
                .doesNotContain("Source");
        for (TemplateSyntaxException e : List.of(eof, mismatch, refused(HostileTemplates.deepJson(200)))) {
            assertThat(e.getMessage()).doesNotContain("REDACTED", "StreamReadFeature", "StreamReadConstraints");
        }
    }
}
