package io.piiscanner.preflight.template;

import java.util.Locale;

/** Reads a CloudFormation template written in JSON or YAML. */
public final class TemplateParser {

    private TemplateParser() {}

    /**
     * Parses a template. JSON is told from YAML by its first character, as CloudFormation does.
     *
     * @throws TemplateSyntaxException with the line and column of the first problem, or when the
     *                                 template is over one of the {@link TemplateLimits}
     */
    public static Template parse(String source) throws TemplateSyntaxException {
        if (source.length() > TemplateLimits.MAX_BYTES) {
            // Every character takes at least one byte; the command line checks the exact size before decoding.
            throw new TemplateSyntaxException(TemplateLimits.TOO_LARGE, Location.UNKNOWN);
        }
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        CfnValue root =
                text.stripLeading().startsWith("{") ? JsonTemplateReader.read(text) : YamlTemplateReader.read(text);
        if (!(root instanceof CfnMap map)) {
            throw new TemplateSyntaxException(
                    "a template is a mapping of sections (Resources, Parameters, ...)", root.location());
        }
        checkResources(map);
        return new Template(map);
    }

    /** Refuses what CloudFormation refuses and would make every finding large: too many resources, long ids. */
    private static void checkResources(CfnMap root) throws TemplateSyntaxException {
        CfnMap resources = root.map("Resources");
        if (resources == null) {
            return;
        }
        if (resources.size() > TemplateLimits.MAX_RESOURCES) {
            throw new TemplateSyntaxException(
                    String.format(
                            Locale.ROOT,
                            "%,d resources; CloudFormation accepts at most %d in a template",
                            resources.size(),
                            TemplateLimits.MAX_RESOURCES),
                    root.keyLocation("Resources"));
        }
        for (String id : resources.keys()) {
            if (id.length() > TemplateLimits.MAX_LOGICAL_ID_LENGTH) {
                throw new TemplateSyntaxException(
                        String.format(
                                Locale.ROOT,
                                "a logical id of %,d characters; CloudFormation accepts at most %d",
                                id.length(),
                                TemplateLimits.MAX_LOGICAL_ID_LENGTH),
                        resources.keyLocation(id));
            }
        }
    }
}
