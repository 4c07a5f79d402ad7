package org.lantern.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Safeguarding triage: looks for words suggesting that someone may be at risk of harm now (suicide,
 * self-harm, abuse or violence in the present tense, first person). A story with such words is
 * held back from publishing and the editor is shown the safeguarding guidance. Past events told as
 * part of a recovery story ("some years ago she took an overdose") are not flagged.
 */
public final class SafeguardingCheck {

    private static final List<Pattern> CURRENT_RISK = List.of(
            Pattern.compile("(?i)\\b(?:I|I'm|I am|we|she|he|they)\\b[\\w' ]{0,20}\\b(?:want|wants|going|plan|plans|planning|thinking about|thinking of)"
                    + "(?: to)? (?:kill (?:myself|herself|himself|themselves)|end (?:it all|my life|her life|his life|their life)|die|take (?:an overdose|all (?:my|her|his) tablets))\\b"),
            Pattern.compile("(?i)\\b(?:I|I'm|I am)\\b[\\w' ]{0,15}\\b(?:still |keep |have been |am )?(?:cutting|self-harming|harming) myself\\b"),
            Pattern.compile("(?i)\\b(?:suicidal|want to die|don't want to be here any ?more|do not want to be here any ?more|better off dead)\\b"),
            Pattern.compile("(?i)\\b(?:he|she|they|(?:my|her|his|their) \\w+) (?:hits|beats|kicks|hurts|threatens|is hitting|is hurting|is abusing|keeps hitting) (?:me|her|him|them|the children|my children)\\b"),
            Pattern.compile("(?i)\\b(?:is being|are being|am being) (?:abused|hit|hurt|beaten|neglected|exploited)\\b"),
            Pattern.compile("(?i)\\b(?:scared|afraid|frightened) (?:to go|of going) home\\b"),
            Pattern.compile("(?i)\\b(?:tonight|right now|this week)\\b[\\w' ,]{0,30}\\b(?:overdose|kill|hurt|harm)\\w*\\b"),
            Pattern.compile("(?i)\\b(?:overdose|kill|hurt|harm)\\w*\\b[\\w' ,]{0,30}\\b(?:tonight|right now)\\b"));

    private SafeguardingCheck() {
    }

    /** The passages that suggest a current risk of harm; empty when there are none. */
    public static List<String> concerns(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : CURRENT_RISK) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(m.group().strip());
            }
        }
        return List.copyOf(found);
    }
}
