package io.piiscanner.preflight.template;

/** Templates made to break a reader: each small to write down, large or endless to follow. */
final class HostileTemplates {

    private HostileTemplates() {}

    /** {@code depth} block mappings, one inside the next. */
    static String deepYaml(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("  ".repeat(i)).append("k:\n");
        }
        return sb.append("  ".repeat(depth)).append("k: v\n").toString();
    }

    /** {@code depth} flow sequences, one inside the next, under a key. */
    static String deepFlowYaml(int depth) {
        return "A: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
    }

    /** {@code depth} arrays, one inside the next, under a key of the top object. */
    static String deepJson(int depth) {
        return "{\"A\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    /** 22 bytes: a mapping whose value is the mapping itself. */
    static final String SELF_ALIAS = "Resources: &r\n  B: *r\n";

    /**
     * A chain of {@code levels} lists of two aliases to the previous list, above a list of eight:
     * within SnakeYAML's 50 aliases to collections at 24 levels, which expand to 2^24 x 8 values.
     */
    static String aliasChain(int levels) {
        StringBuilder sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= levels; i++) {
            sb.append('a')
                    .append(i)
                    .append(": &a")
                    .append(i)
                    .append(" [*a")
                    .append(i - 1)
                    .append(", *a")
                    .append(i - 1)
                    .append("]\n");
        }
        return sb.append("Resources: {}\n").toString();
    }
}
