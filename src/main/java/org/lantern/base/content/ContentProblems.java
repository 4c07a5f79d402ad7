package org.lantern.base.content;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found during one load, in order. */
public final class ContentProblems {

    private final List<ContentProblem> problems = new ArrayList<>();

    public void add(String file, int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }

    public void add(ContentProblem problem) {
        problems.add(problem);
    }

    public void addAll(List<ContentProblem> more) {
        problems.addAll(more);
    }

    public List<ContentProblem> list() {
        return List.copyOf(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Problems added since a mark, to tell whether one file was valid. */
    public int mark() {
        return problems.size();
    }

    public boolean anySince(int mark) {
        return problems.size() > mark;
    }
}
