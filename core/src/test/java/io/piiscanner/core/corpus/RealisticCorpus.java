package io.piiscanner.core.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The realistic corpus of the test resources ({@code realistic/}, described in its README): text
 * the generator did not write, labelled inline with {@link Markup}. Files under
 * {@code sentences/} are labelled sentences, the kind support tickets and chat hold; everything
 * else is logs, source code and documents, where personal data is rare and look-alikes are many.
 */
public final class RealisticCorpus {

    /** The folder of the labelled sentences, relative to the corpus root. */
    public static final String SENTENCES = "sentences";

    private static final String ROOT = "realistic";
    private static final String README = "README.md";

    private RealisticCorpus() {}

    /** Every fixture of the corpus, by path, named by its path relative to the corpus root. */
    public static List<Document> load() {
        return load(root());
    }

    /** Every fixture under {@code root} except its README, each named by its path relative to {@code root}. */
    public static List<Document> load(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.equals(root.resolve(README)))
                    .sorted()
                    .map(p -> read(root, p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a document of this corpus is one of the labelled sentences. */
    public static boolean isSentences(Document doc) {
        return doc.name().startsWith(SENTENCES + "/");
    }

    /** The corpus folder, from the test classpath. */
    public static Path root() {
        URL url = RealisticCorpus.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException(ROOT + "/ is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document read(Path root, Path file) {
        String name = root.relativize(file).toString().replace('\\', '/');
        try {
            return Markup.parse(name, file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
