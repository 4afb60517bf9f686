package io.piiscanner.preflight.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.preflight.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateParserTest {

    @Test
    void shortFormTagsExpandToTheirFnForms() throws Exception {
        Template yaml = TemplateParser.parse(Checks.fixture("short-forms.yaml"));
        Template json = TemplateParser.parse(Checks.fixture("short-forms.json"));
        assertThat(plain(yaml.root())).isEqualTo(plain(json.root()));
    }

    @Test
    void getAttShortFormSplitsAtTheFirstDot() throws Exception {
        Template t = TemplateParser.parse("""
                Resources:
                  Db: {Type: AWS::RDS::DBInstance}
                  Out:
                    Type: AWS::SSM::Parameter
                    Properties: {Type: String, Value: !GetAtt Db.Endpoint.Address}
                """);
        Intrinsics.GetAtt g = Intrinsics.getAtt(t.resource("Out").property("Value"));
        assertThat(g.resource()).isEqualTo("Db");
        assertThat(g.attribute()).isEqualTo("Endpoint.Address");
    }

    @Test
    void valuesAndKeysKeepTheirLineAndColumn() throws Exception {
        Template yaml = TemplateParser.parse("""
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: data
                """);
        Resource bucket = yaml.resource("Bucket");
        assertThat(bucket.propertyLocation("BucketName")).isEqualTo(new Location(5, 7));
        assertThat(bucket.property("BucketName").location()).isEqualTo(new Location(5, 19));

        Template json =
                TemplateParser.parse("{\n  \"Resources\": {\n    \"B\": {\"Type\": \"AWS::S3::Bucket\"}\n  }\n}");
        assertThat(json.section("Resources").keyLocation("B")).isEqualTo(new Location(3, 5));
    }

    @Test
    void scalarKindsFollowTheFile() throws Exception {
        CfnMap root =
                TemplateParser.parse("A: 5\nB: '5'\nC: true\nD: ~\nE: text\n").root();
        assertThat(((CfnScalar) root.get("A")).kind()).isEqualTo(CfnScalar.Kind.NUMBER);
        assertThat(((CfnScalar) root.get("B")).kind()).isEqualTo(CfnScalar.Kind.STRING);
        assertThat(((CfnScalar) root.get("C")).kind()).isEqualTo(CfnScalar.Kind.BOOLEAN);
        assertThat(((CfnScalar) root.get("D")).kind()).isEqualTo(CfnScalar.Kind.NULL);
        assertThat(((CfnScalar) root.get("E")).kind()).isEqualTo(CfnScalar.Kind.STRING);
    }

    @Test
    void jsonSyntaxErrorHasLineAndColumn() {
        assertThatThrownBy(() -> TemplateParser.parse("{\n  \"Resources\": {\n    \"A\": 1\n    \"B\": 2\n  }\n}"))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(4);
                    assertThat(e.location().column()).isEqualTo(5);
                    assertThat(e.getMessage()).startsWith("4:5: ").doesNotContain("\n");
                });
    }

    @Test
    void yamlSyntaxErrorHasLineAndColumn() {
        assertThatThrownBy(() -> TemplateParser.parse("Resources:\n  A:\n    Type: x\n   B: y\n"))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(4);
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }

    @Test
    void unknownTagIsASyntaxError() {
        assertThatThrownBy(() -> TemplateParser.parse("Resources:\n  A:\n    Type: !Reff Foo\n"))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> {
                    assertThat(e.problem()).isEqualTo("unknown tag !Reff");
                    assertThat(e.location()).isEqualTo(new Location(3, 11));
                });
    }

    @Test
    void duplicateKeysAreSyntaxErrorsInBothFormats() {
        assertThatThrownBy(() -> TemplateParser.parse("Resources: {}\nResources: {}\n"))
                .isInstanceOfSatisfying(
                        TemplateSyntaxException.class,
                        e -> assertThat(e.location()).isEqualTo(new Location(2, 1)));
        assertThatThrownBy(() -> TemplateParser.parse("{\"Resources\": {}, \"Resources\": {}}"))
                .isInstanceOfSatisfying(
                        TemplateSyntaxException.class,
                        e -> assertThat(e.problem()).contains("Duplicate field 'Resources'"));
    }

    @Test
    void aTemplateMustBeAMapping() {
        assertThatThrownBy(() -> TemplateParser.parse("- a\n- b\n"))
                .isInstanceOf(TemplateSyntaxException.class)
                .hasMessageContaining("mapping");
        assertThatThrownBy(() -> TemplateParser.parse("   \n"))
                .isInstanceOf(TemplateSyntaxException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void subStringsSplitIntoTextAndVariables() {
        assertThat(SubString.parse("arn:${AWS::Partition}:s3:::${Bucket}/${!Literal}"))
                .containsExactly(
                        new SubString.Part("arn:", false),
                        new SubString.Part("AWS::Partition", true),
                        new SubString.Part(":s3:::", false),
                        new SubString.Part("Bucket", true),
                        new SubString.Part("/${Literal}", false));
    }

    @Test
    void symbolicStringsFollowJoinSubAndPseudoParameters() throws Exception {
        Template t = TemplateParser.parse("""
                A: !Join ['', ['logs.', !Ref 'AWS::Region', '.amazonaws.com']]
                B: !Sub 'arn:${AWS::Partition}:kms:${Key.Arn}/${Name}'
                C: !Sub ['${X}-y', {X: !Ref P}]
                """);
        assertThat(Symbolic.of(t.root().get("A")).render()).isEqualTo("logs.${AWS::Region}.amazonaws.com");
        assertThat(Symbolic.of(t.root().get("B")).render()).isEqualTo("arn:${AWS::Partition}:kms:${Key.Arn}/${Name}");
        assertThat(Symbolic.of(t.root().get("C")).render()).isEqualTo("${P}-y");
        assertThat(Symbolic.of(t.root().get("C")).literal()).isNull();
    }

    @Test
    void aSubRepeatingFurtherSubsIsUnknownPastTheSizeLimit() throws Exception {
        Template t = TemplateParser.parse("{\"Short\": " + nestedSub(2, 3) + ", \"Bomb\": " + nestedSub(30, 20) + "}");
        assertThat(Symbolic.of(t.root().get("Short")).literal()).isEqualTo("x".repeat(9));
        // 20 variables on each of 30 levels, 2 KB written: 20^30 pieces if followed to the end.
        assertThat(Symbolic.of(t.root().get("Bomb")).parts()).containsExactly(new Symbolic.Unknown());
    }

    /** An Fn::Sub of {@code repeats} variables, each the same Fn::Sub one level down, {@code levels} deep. */
    private static String nestedSub(int levels, int repeats) {
        String value = "\"x\"";
        for (int i = 0; i < levels; i++) {
            value = "{\"Fn::Sub\": [\"" + "${V}".repeat(repeats) + "\", {\"V\": " + value + "}]}";
        }
        return value;
    }

    /** The tree as plain maps, lists and "kind:text" strings, without locations. */
    private static Object plain(CfnValue v) {
        if (v instanceof CfnMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, x) -> out.put(k, plain(x)));
            return out;
        }
        if (v instanceof CfnList l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(x -> out.add(plain(x)));
            return out;
        }
        CfnScalar s = (CfnScalar) v;
        return s.kind() + ":" + s.value();
    }
}
