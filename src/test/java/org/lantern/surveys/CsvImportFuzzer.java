package org.lantern.surveys;

import org.lantern.base.security.Account;
import org.lantern.LanternApplication;
import org.lantern.base.content.FuzzReport;
import org.lantern.base.content.Mutations;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Feeds seeded mutations of a valid paper-responses CSV to the real import, each in a transaction
 * that is rolled back afterwards (with the programme it imports into, so nothing stays behind). Each input must give either an
 * import result whose every rejected row names a line and a reason, or the import's own clear
 * error ({@link SurveyException}); never another exception, never a hang.
 */
public final class CsvImportFuzzer {

    public static final String TARGET = "survey CSV import";
    static final String PROGRAMME = "fuzz-import";
    private static final List<String> TEAMS = List.of("Fuzz Team A", "Fuzz Team B");

    private final Programmes programmes;
    private final ResponseImport responseImport;
    private final TransactionTemplate transactions;
    private final Account evaluator;
    private final String seedCsv;

    /**
     * @param evaluator an evaluator or administrator account that runs the imports
     */
    public CsvImportFuzzer(Programmes programmes, ResponseImport responseImport, TransactionTemplate transactions, Account evaluator) {
        this.programmes = programmes;
        this.responseImport = responseImport;
        this.transactions = transactions;
        this.evaluator = evaluator;
        this.seedCsv = validCsv(programmes.survey("recovery-knowledge").orElseThrow());
    }

    /** A valid file: every item of the survey, 8 people in two teams and two waves. */
    static String validCsv(SurveyDefinition survey) {
        StringBuilder csv = new StringBuilder("participant,team,wave");
        survey.items().forEach(i -> csv.append(',').append(i.key()));
        csv.append('\n');
        Random random = new Random(7);
        for (int p = 1; p <= 8; p++) {
            for (String wave : List.of("before", "after")) {
                csv.append("F-").append(p).append(',').append(TEAMS.get(p % 2)).append(',').append(wave);
                for (SurveyDefinition.Item item : survey.items()) {
                    csv.append(',').append(switch (item.type()) {
                        case LIKERT -> String.valueOf(survey.scale().min() + random.nextInt(survey.scale().max() - survey.scale().min() + 1));
                        case CHOICE -> "\"" + item.options().get(random.nextInt(item.options().size())).replace("\"", "\"\"") + "\"";
                        case TEXT -> "\"We talked it through, then agreed a plan.\"";
                    });
                }
                csv.append('\n');
            }
        }
        return csv.toString();
    }

    /** The unmutated file's import, to check that the generator starts from valid input. */
    public ImportResult importSeed() {
        return importAndRollBack(seedCsv, false);
    }

    /** Imports one file into the fuzzing programme, and rolls it all back. */
    public ImportResult importOnce(String csv) {
        return importAndRollBack(csv, false);
    }

    /** Creates the programme and imports into it in one transaction that is rolled back: nothing stays behind. */
    private ImportResult importAndRollBack(String csv, boolean replace) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            LocalDate d = LocalDate.of(2026, 1, 1);
            programmes.createProgramme(evaluator, new NewProgramme(PROGRAMME, "Fuzzed imports", "recovery-knowledge", TEAMS,
                    List.of(new NewProgramme.NewWave("before", d, d.plusDays(30)),
                            new NewProgramme.NewWave("after", d.plusDays(120), d.plusDays(150)))));
            return responseImport.importCsv(evaluator, PROGRAMME, new StringReader(csv), replace, n -> { });
        });
    }

    public void run(int inputs, long seed, FuzzReport report) {
        for (int i = 0; i < inputs; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            String csv = Mutations.csv(seedCsv, random);
            boolean replace = random.nextBoolean();
            report.attempt(TARGET, "(seed " + seed + ", input " + i + ", replace=" + replace + ")\n" + csv, () -> attempt(csv, replace));
        }
    }

    private FuzzReport.Verdict attempt(String csv, boolean replace) {
        try {
            ImportResult result = importAndRollBack(csv, replace);
            for (ImportResult.Rejection rejection : result.rejected()) {
                if (rejection.line() < 2 || rejection.reason() == null || rejection.reason().isBlank()
                        || rejection.reason().contains("Exception")) {
                    return FuzzReport.Verdict.unclear("rejected row without a clear line or reason: " + rejection);
                }
            }
            return result.imported() > 0 || result.rejected().isEmpty() ? FuzzReport.Verdict.parsed() : FuzzReport.Verdict.rejected();
        } catch (SurveyException e) {
            if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("Exception")) {
                return FuzzReport.Verdict.unclear("import error without a clear message: " + e.getMessage());
            }
            return FuzzReport.Verdict.rejected();
        }
    }

    /** Starts Lantern on a throw-away embedded PostgreSQL (no demo data) and fuzzes the import. */
    public static void runWithThrowAwayDatabase(int inputs, long seed, FuzzReport report) throws Exception {
        Path data = Files.createTempDirectory("lantern-fuzz");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LanternApplication.class)
                .properties("lantern.data-dir=" + data, "lantern.demo=false", "lantern.embedded-db.durable=false",
                        "lantern.embedded-db.ephemeral=true", "server.port=0", "vaadin.productionMode=true",
                        "logging.level.root=WARN", "spring.main.banner-mode=off")
                .run()) {
            Account evaluator = context.getBean(PeopleService.class).createAccount(new NewAccount("fuzz.evaluator", "Fuzz Evaluator",
                    "fuzz-evaluator-password", Set.of(Role.EVALUATOR), Set.of(), Set.of()));
            CsvImportFuzzer fuzzer = new CsvImportFuzzer(context.getBean(Programmes.class), context.getBean(ResponseImport.class),
                    context.getBean(TransactionTemplate.class), evaluator);
            fuzzer.importSeed();
            fuzzer.run(inputs, seed, report);
        }
    }
}
