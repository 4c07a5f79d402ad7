package org.lantern.base.content;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
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
public final class ContentFiles {

    private final List<ContentFile> files;
    private final String origin;

    private ContentFiles(List<ContentFile> files, String origin) {
        this.files = files;
        this.origin = origin;
    }

    public static ContentFiles of(List<ContentFile> files, String origin) {
        return new ContentFiles(files.stream().sorted(Comparator.comparing(ContentFile::path)).toList(), origin);
    }

    /** Reads every file under a folder on disk. */
    public static ContentFiles fromFolder(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(new IOException("Content folder not found: " + root));
        }
        List<ContentFile> result = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (isHidden(rel)) {
                    continue;
                }
                result.add(new ContentFile(rel, Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(result, root.toString());
    }

    /** Reads the content packaged on the classpath under {@code content/}. */
    public static ContentFiles fromClasspath() {
        var resolver = new PathMatchingResourcePatternResolver();
        List<ContentFile> result = new ArrayList<>();
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
                    result.add(new ContentFile(rel, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(result, "packaged content");
    }

    private static boolean isHidden(String rel) {
        return rel.startsWith(".") || rel.contains("/.");
    }

    /** Files whose path starts with the folder (e.g. {@code "stories/"}) and ends with the suffix. */
    public List<ContentFile> under(String folder, String suffix) {
        return files.stream().filter(f -> f.path().startsWith(folder) && f.path().endsWith(suffix)).toList();
    }

    public java.util.Optional<ContentFile> get(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    public List<ContentFile> all() {
        return files;
    }

    /** Where the files came from, for messages. */
    public String origin() {
        return origin;
    }
}
