package io.piiscanner.preflight.template;

import io.piiscanner.preflight.Preflight;

/**
 * Runs in a child JVM with a small heap: checks the alias chain bomb and prints what became of
 * it, {@code refused: <problem>} or {@code checked: <n> findings}.
 */
public final class AliasBombCheck {

    private AliasBombCheck() {}

    public static void main(String[] args) {
        try {
            int findings = Preflight.standard()
                    .check(HostileTemplates.aliasChain(Integer.parseInt(args[0])))
                    .size();
            System.out.println("checked: " + findings + " findings");
        } catch (TemplateSyntaxException e) {
            System.out.println("refused: " + e.problem());
        }
    }
}
