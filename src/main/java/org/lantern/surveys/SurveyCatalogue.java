package org.lantern.surveys;

import org.lantern.base.content.ContentCatalogue;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblems;
import org.lantern.base.content.LastValidContent;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The survey definitions from {@code content/surveys/*.yaml}. A broken file keeps its last valid version. */
@Component
class SurveyCatalogue implements ContentCatalogue {

    private final LastValidContent<SurveyDefinition> surveys = new LastValidContent<>();

    @Override
    public String title() {
        return "Surveys";
    }

    @Override
    public void load(ContentFiles files, ContentProblems problems) {
        // only files directly in the folder; the parser holds each survey's key to its file name
        List<ContentFile> direct = files.under("surveys/", ".yaml").stream()
                .filter(file -> file.path().indexOf('/', "surveys/".length()) < 0).toList();
        surveys.reloadEach(direct, ".yaml", problems, "Still using the last valid version of this survey.",
                file -> SurveyParser.parse(file.name(), file.text()));
    }

    @Override
    public int size() {
        return surveys.size();
    }

    Optional<SurveyDefinition> survey(String key) {
        return surveys.get(key);
    }

    /**
     * Every survey, each one's newest version first: a key ending {@code -v<n>} is version n of the key
     * without it (which is version 1), e.g. {@code recovery-knowledge-v2} before {@code recovery-knowledge}.
     */
    List<SurveyDefinition> all() {
        return surveys.all().stream().sorted(Comparator.comparing((SurveyDefinition s) -> base(s.key()))
                .thenComparing(s -> version(s.key()), Comparator.reverseOrder())).toList();
    }

    private static final Pattern VERSIONED = Pattern.compile("(.+)-v([0-9]{1,6})");

    private static String base(String key) {
        Matcher m = VERSIONED.matcher(key);
        return m.matches() ? m.group(1) : key;
    }

    private static int version(String key) {
        Matcher m = VERSIONED.matcher(key);
        return m.matches() ? Integer.parseInt(m.group(2)) : 1;
    }
}
