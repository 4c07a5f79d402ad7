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

    List<SurveyDefinition> all() {
        return surveys.all().stream().sorted(Comparator.comparing(SurveyDefinition::key)).toList();
    }
}
