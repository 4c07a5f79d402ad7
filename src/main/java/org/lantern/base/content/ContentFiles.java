package org.lantern.base.content;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The authored files: from a folder on disk when {@code lantern.content-dir} is set, otherwise the
 * copy packaged in the jar. Read once per (re)load into memory; content is small.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class ContentFiles {

    private final List<ContentFile> files;
    private final String origin;
    private final List<ContentProblem> problems;

    public static ContentFiles of(List<ContentFile> files, String origin) {
        return of(files, origin, List.of());
    }

    static ContentFiles of(List<ContentFile> files, String origin, List<ContentProblem> problems) {
        return new ContentFiles(files.stream().sorted(Comparator.comparing(ContentFile::path)).toList(), origin,
                List.copyOf(problems));
    }

    /**
     * Decodes one file as UTF-8. A file saved in another encoding is still read (each unreadable
     * byte becomes U+FFFD) so that one bad file never stops the others from loading, and the
     * problem is reported with the line of the first unreadable byte.
     */
    static ContentFile decode(String path, byte[] bytes, List<ContentProblem> problems) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = strict.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(new ContentProblem(path, line, "This file is not UTF-8 text: save it as UTF-8. "
                    + "Characters that could not be read are shown as \uFFFD."));
        }
        return new ContentFile(path, new String(bytes, StandardCharsets.UTF_8));
    }

    /** Reads every file under a folder on disk. */
    public static ContentFiles fromFolder(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(new IOException("Content folder not found: " + root));
        }
        List<ContentFile> result = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (isHidden(rel)) {
                    continue;
                }
                result.add(decode(rel, Files.readAllBytes(p), problems));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(result, root.toString(), problems);
    }

    /** Reads the content packaged on the classpath under {@code content/}. */
    public static ContentFiles fromClasspath() {
        var resolver = new PathMatchingResourcePatternResolver();
        List<ContentFile> result = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        try {
            Resource base = resolver.getResource("classpath:content/");
            String baseUrl = base.getURL().toString();
            // classpath: (not classpath*:) looks in the one place the content is, instead of every jar
            for (Resource r : resolver.getResources("classpath:content/**/*")) {
                if (!r.isReadable()) {
                    continue;
                }
                String url = r.getURL().toString();
                int at = url.indexOf("/content/");
                if (url.startsWith(baseUrl)) {
                    at = baseUrl.length() - "/content/".length();
                }
                if (at < 0 || url.endsWith("/")) {
                    continue;
                }
                String rel = url.substring(at + "/content/".length());
                if (isHidden(rel)) {
                    continue;
                }
                try (var in = r.getInputStream()) {
                    result.add(decode(rel, in.readAllBytes(), problems));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(result, "packaged content", problems);
    }

    private static boolean isHidden(String rel) {
        return rel.startsWith(".") || rel.contains("/.");
    }

    /** Files whose path starts with the folder (e.g. {@code "stories/"}) and ends with the suffix. */
    public List<ContentFile> under(String folder, String suffix) {
        return files.stream().filter(f -> f.path().startsWith(folder) && f.path().endsWith(suffix)).toList();
    }

    /**
     * Reads one file every installation needs: {@code read} takes its text and may throw a
     * {@link ContentException}. A missing file is a problem that says what goes without it ({@code whenMissing});
     * a broken one is a problem at its line. Either way {@code read} keeps what it had.
     */
    public void readOne(String path, ContentProblems problems, String whenMissing, java.util.function.Consumer<String> read) {
        getOrReport(path, problems, whenMissing).ifPresent(file -> {
            try {
                read.accept(file.text());
            } catch (ContentException e) {
                problems.add(e.in(path));
            }
        });
    }

    /**
     * The file at {@code path}, which an installation should have; when it is missing, a problem says
     * what goes without it ({@code whenMissing}).
     */
    public java.util.Optional<ContentFile> getOrReport(String path, ContentProblems problems, String whenMissing) {
        java.util.Optional<ContentFile> file = get(path);
        if (file.isEmpty()) {
            problems.add(path, 0, whenMissing);
        }
        return file;
    }

    public java.util.Optional<ContentFile> get(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    public List<ContentFile> all() {
        return files;
    }

    /** Files that could not be read cleanly (e.g. not UTF-8), found while reading. */
    public List<ContentProblem> problems() {
        return problems;
    }

    /** Where the files came from, for messages. */
    public String origin() {
        return origin;
    }
}
