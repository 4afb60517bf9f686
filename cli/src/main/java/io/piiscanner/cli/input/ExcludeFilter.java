package io.piiscanner.cli.input;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code --exclude} globs. A glob matches an entry of a folder walk when it matches either
 * the entry's path relative to the folder given ({@code build/**}) or its name ({@code *.log});
 * a matching folder is not entered.
 */
public final class ExcludeFilter {

    private final List<PathMatcher> matchers;

    private ExcludeFilter(List<PathMatcher> matchers) {
        this.matchers = matchers;
    }

    /**
     * Compiles the globs.
     *
     * @throws InputException when a glob is not valid
     */
    public static ExcludeFilter of(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>(globs.size());
        for (String glob : globs) {
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            } catch (PatternSyntaxException e) {
                throw new InputException("invalid --exclude pattern '" + glob + "': " + e.getDescription());
            }
        }
        return new ExcludeFilter(List.copyOf(matchers));
    }

    /** True when an entry, given by its path relative to the walked folder, is excluded. */
    public boolean excludes(Path relative) {
        Path name = relative.getFileName();
        for (PathMatcher m : matchers) {
            if (m.matches(relative) || name != null && m.matches(name)) {
                return true;
            }
        }
        return false;
    }
}
