package io.piiscanner.preflight.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.Preflight;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.testing.Mutations;
import io.piiscanner.testing.Mutations.Seed;
import io.piiscanner.testing.UserMessages;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Fuzzes the template readers and every rule with mutated templates: the repository's test
 * templates in JSON and YAML and the hostile ones (deep nesting, aliases, a node that names
 * itself), changed byte by byte and by inserting YAML, JSON and CloudFormation syntax, repeated
 * into deep nesting or huge scalars. Each ends in findings or a {@link TemplateSyntaxException}
 * with a one-line message, never another throwable. Inputs are at most 64 KB, far below the
 * 1 MiB a template may have, so that a try is quick; the limits themselves are tested in
 * {@link HostileTemplateTest}. {@code ./mvnw verify} runs a fixed seed; {@code -Pexplore} draws
 * fresh ones with more tries (see the README's Tests section).
 */
class TemplateFuzzTest {

    private static final Preflight PREFLIGHT = Preflight.standard(Checks.TODAY);
    private static final List<String> FIXTURES = List.of(
            "seed1-cdk-synth-fixed.json",
            "seed1-cdk-synth.json",
            "seed2-handwritten-fixed.json",
            "seed2-handwritten-fixed.yaml",
            "seed2-handwritten.json",
            "seed2-handwritten.yaml",
            "short-forms.json",
            "short-forms.yaml");
    private static final Mutations MUTATIONS = Mutations.of(
            seeds(),
            List.of(
                    "{",
                    "}",
                    "[",
                    "]",
                    ",",
                    ":",
                    ": ",
                    "\"",
                    "'",
                    "\\",
                    "\\u0000",
                    "\n",
                    "\n  ",
                    "\n    - ",
                    "- ",
                    "\t",
                    "#",
                    "&a ",
                    "*a",
                    "&r\n  B: *r",
                    "<<: *a",
                    "? ",
                    "|\n  ",
                    ">-\n  ",
                    "---\n",
                    "...\n",
                    "%YAML 1.2\n",
                    "!!binary ",
                    "!!map ",
                    "!!str ",
                    "!!int ",
                    "!!float ",
                    "!!set ",
                    "!!omap ",
                    "!Ref ",
                    "!Sub ",
                    "!GetAtt ",
                    "!Join ",
                    "!If ",
                    "!Select ",
                    "!Split ",
                    "!FindInMap ",
                    "!Base64 ",
                    "!Cidr ",
                    "!Not ",
                    "!Condition ",
                    "!ForEach ",
                    "!Unknown ",
                    "{\"Ref\": \"Topic\"}",
                    "{\"Fn::GetAtt\": [\"Topic\", \"Arn\"]}",
                    "{\"Fn::Sub\": \"${X}\"}",
                    "\"Fn::Join\"",
                    "\"DependsOn\"",
                    "\"Resources\"",
                    "Resources:",
                    "Type: AWS::S3::Bucket",
                    "Type: AWS::KMS::Key",
                    "Type: AWS::Logs::LogGroup",
                    "Properties:",
                    "DependsOn: [",
                    "Condition: ",
                    "\"Type\": \"AWS::Lambda::Function\"",
                    "${AWS::Region}",
                    "${",
                    "arn:aws:s3:::",
                    "null",
                    "~",
                    "true",
                    "1e999",
                    "-0",
                    "0x1F",
                    ".inf",
                    "\uFEFF",
                    "é",
                    "\u2028",
                    "\r\n"),
            64 * 1024);

    @Property(tries = 300)
    void everyTemplateEndsInFindingsOrAOneLineError(@ForAll("templates") Mutations.Input input) {
        String source = input.text();
        List<Finding> findings;
        try {
            findings = PREFLIGHT.check(source);
        } catch (TemplateSyntaxException e) {
            UserMessages.assertOneLine(e.getMessage());
            assertSane(e.location(), source);
            return;
        }
        for (Finding f : findings) {
            UserMessages.assertOneLine(f.problem());
            assertThat(f.ruleId()).isNotBlank();
            assertSane(f.location(), source);
        }
    }

    /**
     * Found by the property: a resource without a Type (or with one that is not text) made the
     * Lambda runtime and KMS key rules throw a NullPointerException, which {@code check} printed
     * as an internal error.
     */
    @Example
    void aResourceWithoutATypeIsReportedAndCrashesNoRule() throws TemplateSyntaxException {
        List<Finding> findings = PREFLIGHT.check("""
                Resources:
                  Key: {Properties: {Description: no type}}
                  Fn: {Type: [AWS::Lambda::Function], Properties: {Runtime: python3.13}}
                  Logs: {Type: AWS::Logs::LogGroup, Properties: {KmsKeyId: !GetAtt Key.Arn}}
                """);
        assertThat(findings).extracting(Finding::resourceId).contains("Key", "Fn");
    }

    private static void assertSane(Location location, String source) {
        if (location.known()) {
            long lines = source.chars().filter(c -> c == '\n').count() + 1;
            assertThat((long) location.line()).as("line of %s", location).isBetween(1L, lines + 1);
            assertThat(location.column()).as("column of %s", location).isPositive();
        }
    }

    @Provide
    Arbitrary<Mutations.Input> templates() {
        return Arbitraries.frequencyOf(Tuple.of(5, MUTATIONS.inputs(8)), Tuple.of(1, MUTATIONS.soup()));
    }

    private static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        FIXTURES.forEach(name -> seeds.add(Seed.of(name, Checks.fixture(name))));
        seeds.add(Seed.of("deep.yaml", HostileTemplates.deepYaml(60)));
        seeds.add(Seed.of("deep-flow.yaml", HostileTemplates.deepFlowYaml(90)));
        seeds.add(Seed.of("deep.json", HostileTemplates.deepJson(90)));
        seeds.add(Seed.of("self-alias.yaml", HostileTemplates.SELF_ALIAS));
        seeds.add(Seed.of("alias-chain.yaml", HostileTemplates.aliasChain(12)));
        return seeds;
    }
}
