package io.piiscanner.preflight.template;

/** Reads a CloudFormation template written in JSON or YAML. */
public final class TemplateParser {

    private TemplateParser() {
    }

    /**
     * Parses a template. JSON is told from YAML by its first character, as CloudFormation does.
     *
     * @throws TemplateSyntaxException with the line and column of the first problem
     */
    public static Template parse(String source) throws TemplateSyntaxException {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        CfnValue root = text.stripLeading().startsWith("{") ? JsonTemplateReader.read(text)
                : YamlTemplateReader.read(text);
        if (!(root instanceof CfnMap map)) {
            throw new TemplateSyntaxException("a template is a mapping of sections (Resources, Parameters, ...)",
                    root.location());
        }
        return new Template(map);
    }
}
