package org.lantern.training.tools;

import lombok.RequiredArgsConstructor;

import org.lantern.base.demo.DemoData;
import org.lantern.base.demo.DemoFeature;
import org.lantern.base.security.Account;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;
import org.lantern.people.PeopleService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Demo journal entries and a saved practice tool for the demo account {@code staff}, so the journal
 * and tools pages show what they are for. Everything is made up and names nobody.
 */
@DemoFeature(value = "journal-tools", order = 20)
@RequiredArgsConstructor
class JournalToolsDemoData implements DemoData {

    static final String LESSON_REF = "recovery-in-everyday-practice/01-what-recovery-means";
    static final String LESSON_PROMPT = "Think of one person you support. What would a good life look like to them, "
            + "in their words rather than yours?";

    private final JournalService journal;
    private final ToolService tools;
    private final PeopleService people;
    private final Clock clock;

    @Override
    public void seed() {
        Account staff = people.findByUsername("staff").orElseThrow();
        journal.add(staff, "Starting from what a good week looks like",
                "I thought about someone I have supported for most of a year. When I asked what a good week would "
                        + "look like, they did not mention medication or appointments at all. They talked about getting "
                        + "to the market early on a Saturday and cooking a proper meal for their brother on Sunday.\n\n"
                        + "Our support plan is mostly about the things we worry about, not the things they want. At the "
                        + "next review I want to start with the Saturday market and work back from there.",
                LESSON_PROMPT, JournalSource.lesson(LESSON_REF, "What recovery means"));
        journal.add(staff, "A slower cup of tea",
                "Handover ran late and I nearly made the tea for everyone myself to save time. Instead I asked one of "
                        + "the people we support if they wanted to do it with me. It took twice as long and we spilt the "
                        + "milk, but they chatted and laughed for the first time this week.\n\n"
                        + "Doing things with people rather than for them is harder on a short-staffed shift. I want to ask "
                        + "at the next team meeting how we protect time for it.",
                "", JournalSource.free());
        if (tools.tool("risk-decision").isPresent()) {
            tools.save(staff, "risk-decision", null, "Practice: going to a football match on their own",
                    riskDecision());
        }
    }

    private Map<String, String> riskDecision() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("goal", "Go to a home match on their own by bus, as they used to before their last stay in hospital.");
        values.put("why-it-matters", "Football was the centre of their week. It connects them with old school friends "
                + "and gives them something to look forward to.");
        values.put("benefits", "Confidence in travelling alone again, time with friends, and a routine that is theirs "
                + "rather than the service's.");
        values.put("cost-of-not", "Staying in on match days, feeling that nothing has changed since hospital, and "
                + "losing touch with friends.");
        values.put("main-harm", "Feeling overwhelmed in the crowd and leaving in distress with nobody nearby they know.");
        values.put("likelihood", "Possible");
        values.put("severity", "Moderate");
        values.put("other-harms", "Missing the last bus home after an evening kick-off.");
        values.put("evidence", "They found busy places hard in the first weeks after discharge, but have managed the "
                + "Saturday market on their own for a month.");
        values.put("measures", "Start with a midweek match, which is quieter. Sit near an exit. Agree a text to a friend "
                + "at half-time. Keep the return bus times in their phone.");
        values.put("who-does-what", "They will buy the ticket and plan the route. Their key worker will go through the "
                + "bus times with them the day before.");
        values.put("if-goes-wrong", "They leave at any point and call the friend or the out-of-hours number on their "
                + "safety plan. We talk it through at the next visit without blame.");
        values.put("involved-person", "true");
        values.put("involved-carers", "true");
        values.put("involved-staff", "true");
        values.put("agrees-person", "true");
        values.put("agrees-carers", "false");
        values.put("agrees-staff", "true");
        values.put("disagreements", "A parent is worried about the crowds. We agreed to go through the plan together, "
                + "and the person chose to text them when they are home.");
        values.put("decision", "Go ahead with changes");
        values.put("decision-detail", "Go to one midweek home match on their own, with the half-time text and the plan "
                + "for getting home.");
        values.put("reasons", "The benefits are large and matter to them. The main harm is possible but not serious, "
                + "and the safety measures make it less likely. Saying no would also cause harm.");
        values.put("capacity-considered", "false");
        values.put("decided-by", "Support worker, Community Team North");
        values.put("decision-date", LocalDate.now(clock).minusDays(3).toString());
        values.put("review-date", LocalDate.now(clock).plusWeeks(4).toString());
        values.put("early-review-triggers", "Leaving a match early in distress, or the person asking to change the plan.");
        return values;
    }
}
