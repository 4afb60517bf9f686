package io.piiscanner.core.detect.builtin;

/**
 * Address-shaped names of SSH that name no mailbox: the target of {@code scp} and git's SSH
 * remotes ({@code git@github.com:org/repo.git}, user and host followed by a path), the account
 * git servers take SSH connections on ({@code git@github.com}, {@code git@gitlab.example.com}), and
 * the algorithm and extension names of SSH implementations (RFC 4251 section 6:
 * {@code chacha20-poly1305@openssh.com}, {@code curve25519-sha256@libssh.org}).
 */
final class SshNames {

    /** The domains of the SSH implementations whose names fill SSH logs, configurations and changelogs. */
    private static final String[] IMPLEMENTATIONS = {"openssh.com", "libssh.org"};

    private static final String GIT = "git";
    private static final String GIT_SUFFIX = ".git";
    private static final String BITBUCKET = "bitbucket.";

    private SshNames() {}

    /** Whether the address {@code s[start, end)} with its {@code @} at {@code at} is one of these names. */
    static boolean isSshName(String s, int start, int at, int end) {
        return isScpTarget(s, end) || isGitAccount(s, start, at, end) || isProtocolName(s, start, at, end);
    }

    /** {@code user@host:path}: a colon then a path holding a slash or naming a repository. */
    private static boolean isScpTarget(String s, int end) {
        if (end >= s.length() || s.charAt(end) != ':') {
            return false;
        }
        int i = end + 1;
        boolean slash = false;
        while (i < s.length() && isPathChar(s.charAt(i))) {
            slash |= s.charAt(i) == '/';
            i++;
        }
        return i > end + 1
                && (slash || s.regionMatches(true, i - GIT_SUFFIX.length(), GIT_SUFFIX, 0, GIT_SUFFIX.length()));
    }

    /**
     * {@code git@} a host whose name says it serves git: a label starting with "git"
     * ({@code github.com}, {@code git.example.org}) or Bitbucket. Not {@code git@vger.kernel.org},
     * the mailing list.
     */
    private static boolean isGitAccount(String s, int start, int at, int end) {
        if (at - start != GIT.length() || !s.regionMatches(true, start, GIT, 0, GIT.length())) {
            return false;
        }
        for (int label = at + 1; label < end; label++) {
            boolean labelStart = label == at + 1 || s.charAt(label - 1) == '.';
            if (labelStart
                    && (s.regionMatches(true, label, GIT, 0, GIT.length())
                            || s.regionMatches(true, label, BITBUCKET, 0, BITBUCKET.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name at an SSH implementation's domain made of words joined by dashes or holding digits
     * ({@code users-groups-by-id@openssh.com}, {@code sntrup761x25519-sha512@openssh.com}); the
     * developers' own mailboxes there are plain handles.
     */
    private static boolean isProtocolName(String s, int start, int at, int end) {
        boolean implementation = false;
        for (String domain : IMPLEMENTATIONS) {
            implementation |=
                    end - at - 1 == domain.length() && s.regionMatches(true, at + 1, domain, 0, domain.length());
        }
        if (!implementation) {
            return false;
        }
        for (int i = start; i < at; i++) {
            char c = s.charAt(i);
            if (c == '-' || (c >= '0' && c <= '9')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPathChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/._~+%-".indexOf(c) >= 0;
    }
}
