package org.lantern.surveys;

import org.lantern.base.content.ContentCatalogue;
import org.lantern.base.content.ContentException;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblems;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The survey definitions from {@code content/surveys/*.yaml}. A broken file keeps its last valid version. */
@Component
class SurveyCatalogue implements ContentCatalogue {

    private volatile Map<String, SurveyDefinition> surveys = Map.of();

    @Override
    public String title() {
        return "Surveys";
    }

    @Override
    public void load(ContentFiles files, ContentProblems problems) {
        Map<String, SurveyDefinition> next = new TreeMap<>();
        Map<String, SurveyDefinition> previous = new HashMap<>(surveys);
        for (ContentFile file : files.under("surveys/", ".yaml")) {
            if (file.path().indexOf('/', "surveys/".length()) >= 0) {
                continue;
            }
            try {
                SurveyDefinition survey = SurveyParser.parse(file.name(), file.text());
                next.put(survey.key(), survey);
            } catch (ContentException e) {
                problems.add(e.in(file.path()));
                String key = file.name().substring(0, file.name().length() - 5);
                if (previous.containsKey(key)) {
                    next.put(key, previous.get(key));
                    problems.add(file.path(), 0, "Still using the last valid version of this survey.");
                }
            }
        }
        surveys = Map.copyOf(next);
    }

    @Override
    public int size() {
        return surveys.size();
    }

    Optional<SurveyDefinition> survey(String key) {
        return Optional.ofNullable(surveys.get(key));
    }

    List<SurveyDefinition> all() {
        return List.copyOf(new TreeMap<>(surveys).values());
    }
}
