package org.lantern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules of {@code ../shared/STYLE.md} that a build can check: {@code base} is the bottom layer,
 * views hold no SQL, each feature keeps its own tables and repositories, Lucene stays inside story search,
 * features do not depend on each other in a circle, and classes and views stay small enough to read.
 * The rules run on the compiled main classes (tests may reach anywhere).
 */
class ArchitectureTest {

    /** Generated jOOQ code (see {@code src/build/java/GenerateJooq.java}): tables, records, keys. */
    private static final String GENERATED = "org.lantern.db";
    private static final String GENERATED_TABLES = GENERATED + ".tables";

    /**
     * Which feature owns which tables: only classes of that feature (the top-level package below
     * {@code org.lantern}) read or write them; everyone else asks the feature's service. A new table
     * must be added here ({@link #everyTableHasAnOwner}).
     */
    static final Map<String, Set<String>> TABLE_OWNERS = Map.ofEntries(
            Map.entry("people", Set.of("ACCOUNT", "ACCOUNT_ROLE", "ACCOUNT_IDENTITY", "SCIM_TOKEN", "TEAM", "TEAM_MEMBER", "SERVICE")),
            Map.entry("audit", Set.of("AUDIT_EVENT", "AUDIT_CHAIN", "SIGN_IN_ATTEMPT")),
            Map.entry("base", Set.of("DEMO_SEED")),
            Map.entry("training", Set.of("CHECK_ATTEMPT", "CHECK_FIGURES_BATCH", "LEARNING_POSITION", "LESSON_DONE", "MODULE_COMPLETION",
                    "REQUIRED_MODULE", "REQUIRED_MODULE_TEAM", "REQUIRED_MODULE_ROLE",
                    "SAVED_TOOL")),
            Map.entry("journal", Set.of("JOURNAL_ENTRY")),
            Map.entry("stories", Set.of("STORY", "STORY_DECISION")),
            Map.entry("surveys", Set.of("PROGRAMME", "PROGRAMME_TEAM", "WAVE", "PARTICIPANT", "PARTICIPANT_LINK",
                    "RESPONSE", "ANSWER", "SURVEY_IMPORT", "PSEUDONYM_KEY_FINGERPRINT")),
            Map.entry("reports", Set.of("REPORT_RELEASE", "ANALYSIS_PLAN")),
            Map.entry("reflection", Set.of("REFLECTIVE_SESSION", "SESSION_ATTENDANCE", "SESSION_FEEDBACK",
                    "SESSION_FEEDBACK_GIVEN", "SESSION_FEEDBACK_SUMMARY")),
            Map.entry("actions", Set.of("ACTION_POINT", "ACTION_UPDATE")),
            Map.entry("selfreview", Set.of("SELF_REVIEW", "SELF_REVIEW_EVIDENCE", "SELF_REVIEW_RATING")),
            // SCHEDULED_TASKS is db-scheduler's own table, which the notifications' scheduler uses
            Map.entry("notifications", Set.of("NOTIFICATION", "NOTIFICATION_PREFERENCE", "SCHEDULED_TASKS", "CALENDAR_FEED",
                    "NOTIFICATION_KEY")));

    static final Set<String> SURVEY_TABLES = TABLE_OWNERS.get("surveys");

    private static final int MAX_CLASS_LINES = 300;
    private static final int MAX_VIEW_LINES = 200;
    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.lantern");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void baseImportsNoFeature() {
        check(noClasses().that().resideInAPackage("org.lantern.base..")
                .should().dependOnClassesThat(JavaClassIn.featureOtherThanBase())
                .as("base is the bottom layer: it imports no feature (features plug in through its interfaces and events)"));
    }

    @Test
    void viewsHoldNoSql() {
        check(noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", GENERATED + "..")
                .as("views (ui packages) use no jOOQ and no generated tables or records: they ask a service"));
    }

    @Test
    void featuresKeepTheirOwnTablesAndRepositories() {
        // data rights reach every feature through base.privacy.PersonalDataHolder; names of teams and accounts
        // come from people.Directory
        check(classes().that().resideInAPackage("org.lantern..").and().resideOutsideOfPackage(GENERATED + "..")
                .should(reachOnlyOwnTablesAndRepositories())
                .as("a feature reads and writes only its own tables (see TABLE_OWNERS) and uses only its own repositories"));
    }

    @Test
    void reportsReadSurveysThroughTheSurveysService() {
        check(classes().that().resideInAPackage("org.lantern.reports..")
                .should(new ArchCondition<>("not touch survey tables") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        tablesReachedBy(item).forEach((table, where) -> {
                            if (SURVEY_TABLES.contains(table)) {
                                events.add(SimpleConditionEvent.violated(item, where + " touches survey table " + table));
                            }
                        });
                    }
                })
                .as("reports never touch survey tables: they read through a surveys service"));
    }

    @Test
    void luceneStaysInsideStorySearch() {
        check(noClasses().that().resideOutsideOfPackage("org.lantern.stories.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .as("only org.lantern.stories.search uses Lucene"));
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        check(slices().matching("org.lantern.(*)..").should().beFreeOfCycles()
                .as("no cycles between feature packages"));
    }

    @Test
    void everyTableHasAnOwner() {
        Set<String> owned = TABLE_OWNERS.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Set<String> generated = classes.stream()
                .filter(c -> c.getPackageName().equals(GENERATED_TABLES) && c.isTopLevelClass())
                .map(c -> tableName(c.getSimpleName())).collect(Collectors.toCollection(TreeSet::new));
        assertThat(generated).as("generated tables").isNotEmpty();
        assertThat(owned).as("every table has an owner in TABLE_OWNERS").containsAll(generated);
    }

    @Test
    void classesStaySmall() {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> {
                int lines = lines(f);
                if (lines > MAX_CLASS_LINES) {
                    tooLong.add(MAIN_SOURCES.relativize(f) + ": " + lines + " lines");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(tooLong).as("classes in src/main over " + MAX_CLASS_LINES + " lines").isEmpty();
    }

    @Test
    void viewsStaySmall() {
        Map<String, Integer> tooLong = new TreeMap<>();
        classes.stream()
                .filter(c -> c.isTopLevelClass() && c.getPackageName().contains(".ui")
                        && c.isAssignableTo("com.vaadin.flow.component.Component"))
                .forEach(c -> {
                    Path file = sourceFile(c);
                    int lines = lines(file);
                    if (lines > MAX_VIEW_LINES) {
                        tooLong.put(MAIN_SOURCES.relativize(file).toString(), lines);
                    }
                });
        assertThat(tooLong).as("views (Vaadin components in ui packages) over " + MAX_VIEW_LINES + " lines").isEmpty();
    }

    /** The source file of a top-level class, from its package and the file name its class file records. */
    private static Path sourceFile(JavaClass c) {
        String fileName = c.getSource().flatMap(s -> s.getFileName()).orElse(c.getSimpleName() + ".java");
        Path file = MAIN_SOURCES.resolve(c.getPackageName().replace('.', '/')).resolve(fileName);
        assertThat(file).as("source of " + c.getName()).exists();
        return file;
    }

    private static int lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return (int) lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature of a class: the package right below {@code org.lantern} ("" for the root package). */
    static String feature(String className) {
        if (!className.startsWith("org.lantern.")) {
            return "";
        }
        String rest = className.substring("org.lantern.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? "" : rest.substring(0, dot);
    }

    /** {@code SessionFeedbackGiven} or {@code SessionFeedbackGivenRecord} to {@code SESSION_FEEDBACK_GIVEN}. */
    static String tableName(String generatedClass) {
        String name = generatedClass.endsWith("Record") ? generatedClass.substring(0, generatedClass.length() - 6) : generatedClass;
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** The tables a class reaches (through generated table and record classes or {@code Tables}), with where. */
    private static Map<String, String> tablesReachedBy(JavaClass item) {
        Map<String, String> tables = new TreeMap<>();
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass();
            while (target.getEnclosingClass().isPresent()) {
                target = target.getEnclosingClass().get();
            }
            if (target.getPackageName().startsWith(GENERATED_TABLES)) {
                tables.putIfAbsent(tableName(target.getSimpleName()), dependency.getDescription());
            }
        }
        for (JavaFieldAccess access : item.getFieldAccessesFromSelf()) {
            if (access.getTargetOwner().getName().equals(GENERATED + ".Tables")) {
                tables.putIfAbsent(access.getTarget().getName(), access.getDescription());
            }
        }
        return tables;
    }

    private static ArchCondition<JavaClass> reachOnlyOwnTablesAndRepositories() {
        return new ArchCondition<>("reach only their own feature's tables and repositories") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String feature = feature(item.getName());
                tablesReachedBy(item).forEach((table, where) -> {
                    String owner = TABLE_OWNERS.entrySet().stream().filter(e -> e.getValue().contains(table))
                            .map(Map.Entry::getKey).findFirst().orElse("(no owner)");
                    if (!owner.equals(feature)) {
                        events.add(SimpleConditionEvent.violated(item, "Class <" + item.getName() + "> uses table "
                                + table + ", which belongs to " + owner + ": " + where));
                    }
                });
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.getName().startsWith("org.lantern.") && target.getSimpleName().endsWith("Repository")
                            && !feature(target.getName()).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(item, dependency.getDescription()
                                + ": a repository of " + feature(target.getName())));
                    }
                }
            }
        };
    }

    /** Classes of Lantern outside {@code base} and the generated code: the features. */
    private static final class JavaClassIn extends com.tngtech.archunit.base.DescribedPredicate<JavaClass> {

        private JavaClassIn() {
            super("belong to a feature (org.lantern.* other than base and the generated db)");
        }

        static JavaClassIn featureOtherThanBase() {
            return new JavaClassIn();
        }

        @Override
        public boolean test(JavaClass c) {
            String feature = feature(c.getName());
            return !feature.isEmpty() && !feature.equals("base") && !feature.equals("db");
        }
    }
}
