package org.lantern.stories.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.lantern.stories.StoryTopics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.lantern.base.export.HtmlEscaper.escape;

/** Addresses of the story pages and small shared pieces, in one place. */
final class StoryLinks {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final Pattern ONLY_MARKS = Pattern.compile("(?s)(?:[^<>]|<mark>|</mark>)*");

    private StoryLinks() {
    }

    static String story(String slug) {
        return "stories/" + slug;
    }

    static String write(long id) {
        return "stories/write/" + id;
    }

    static String moderate(long id) {
        return "moderation/" + id;
    }

    /** The library with a search and filters; blank values are left out. */
    static String search(String q, String theme, String setting, String role, String sort) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("theme", theme);
        params.put("setting", setting);
        params.put("role", role);
        params.put("sort", "newest".equals(sort) ? sort : "");
        StringBuilder url = new StringBuilder("stories");
        char sep = '?';
        for (var e : params.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                url.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return url.toString();
    }

    static String theme(String slug) {
        return search("", slug, "", "", "");
    }

    /** "Community mental health team · Nurse · 12 February 2024" */
    static Span meta(String setting, String role, @Nullable LocalDate published) {
        String text = StoryTopics.label(setting) + " · " + StoryTopics.label(role)
                + (published == null ? "" : " · " + DATE.format(published));
        Span meta = new Span(text);
        meta.addClassName("lantern-meta");
        return meta;
    }

    /**
     * A search snippet. The index escapes the story text and adds only {@code <mark>} tags; anything
     * else is refused here as a second line of defence.
     */
    static Component snippet(String snippetHtml) {
        String safe = ONLY_MARKS.matcher(snippetHtml).matches() ? snippetHtml : escape(snippetHtml);
        return new Html("<p class=\"lantern-snippet\">" + safe + "</p>");
    }

    static Component themeLink(String theme) {
        Anchor link = new Anchor(theme(theme), StoryTopics.label(theme));
        link.addClassName("lantern-tag");
        return link;
    }
}
