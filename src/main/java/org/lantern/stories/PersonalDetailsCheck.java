package org.lantern.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The de-identification check: finds details that could identify a person in a story (names from a
 * name list, exact dates and dates of birth, ages, addresses and postcodes, phone numbers, emails,
 * NHS numbers with a valid check digit, and ward or hospital names from a configurable list).
 * It flags; people decide. Immutable: a new check is made when the lists are reloaded.
 */
public final class PersonalDetailsCheck {

    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?(?: of)? " + MONTHS + "\\b(?:,? \\d{4})?");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTHS + " \\d{1,2}(?:st|nd|rd|th)?\\b(?:,? \\d{4})?");
    private static final Pattern BIRTH = Pattern.compile("(?i)\\b(?:date of birth|d\\.?o\\.?b\\.?|born (?:on|in) (?:the )?[\\w ,/]{0,20}?\\d{4}|born \\d{1,2}(?:st|nd|rd|th)?[\\w ,]{0,15}\\d{4})\\b");
    private static final Pattern AGE = Pattern.compile("(?i)\\b(?:aged? \\d{1,3}|\\d{1,3}[- ]years?[- ]old|\\d{1,3}[- ]year[- ]old|\\d{1,3}(?:st|nd|rd|th) birthday)\\b");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b");
    private static final Pattern STREET = Pattern.compile("\\b\\d{1,4}[a-zA-Z]? [A-Z][a-z]+(?: [A-Z][a-z]+)? "
            + "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Place|Gardens|Terrace|Court|Grove|Hill|Park|Row|Square|Walk|Mews)\\b");
    private static final Pattern FLAT = Pattern.compile("(?i)\\bflat \\d{1,4}[a-z]?\\b");
    private static final Pattern EMAIL = Pattern.compile("\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(?:\\+44\\s?\\(?0?\\)?\\s?|\\(?0)\\d{2,4}\\)?[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}(?![\\d])");
    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![\\d])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?![\\d])");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\b");
    private static final Pattern TITLED_NAME = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.? \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\b");
    private static final Pattern NAMED_PLACE = Pattern.compile("\\b(?:St\\.? )?(?:\\p{Lu}\\p{Ll}+[' ]?s? ){1,3}(?:Ward|Hospital|Infirmary|Unit)\\b");
    /** A ward, bed, bay or room number: "Ward 7", "bed 12", "Bay 3B". */
    private static final Pattern NUMBERED_PLACE = Pattern.compile("(?i)\\b(?:ward|bed|bay|room|side room|cubicle) \\d{1,3}[a-z]?\\b");
    /** A place named after a saint, "St Mary's", "St. Luke's Hospital", "St Thomas'" (a ward or hospital, not a person). */
    private static final Pattern SAINT_PLACE = Pattern.compile("\\b(?:St\\.?|Saint) \\p{Lu}\\p{Ll}+(?:'s|s'|')?"
            + "(?: (?:Hospital|Infirmary|Ward|Unit|House|Centre|Court|Lodge|Clinic))?");
    /** An age written beside a name: "John Smith, 54, ..." or "Ann (67)". */
    private static final Pattern AGE_BESIDE_NAME = Pattern.compile("(?<=\\p{L}, )\\d{1,3}(?=,)|(?<=\\p{L} \\()\\d{1,3}(?=\\))");
    /** Capitalised words that begin sentences often and are not names on their own. */
    private static final Set<String> NOT_PLACE_WORDS = Set.of("The", "A", "An", "On", "At", "In", "Our", "My", "His", "Her",
            "Their", "This", "That", "Acute", "Inpatient", "General", "Mental", "Local", "District");

    /** A capitalised word straight after a first name, which is most often a surname. */
    private static final Pattern SURNAME = Pattern.compile(" ((?:Mc|Mac|O')?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\b");
    /** Capitalised words that often follow a name and are not surnames. */
    private static final Set<String> NOT_SURNAME_WORDS = Set.of("And", "But", "Or", "The", "I", "He", "She", "They", "We",
            "It", "When", "Then", "So", "Who", "Was", "Is", "Said", "Asked", "Told", "Came", "Went", "Had", "Has", "Did",
            "From", "To", "At", "In", "On", "With");

    private final Set<String> names;
    private final List<String> places;

    /**
     * @param firstNames personal names to look for (any case; matched when written with a capital letter)
     * @param places     ward, hospital and other place names to look for (matched ignoring case)
     */
    public PersonalDetailsCheck(Set<String> firstNames, List<String> places) {
        this.names = firstNames.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).filter(n -> !n.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.places = places.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Reads a word list: one entry per line, {@code #} starts a comment. */
    public static List<String> parseList(String text) {
        return text.lines().map(l -> l.contains("#") ? l.substring(0, l.indexOf('#')) : l).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    public int nameCount() {
        return names.size();
    }

    public int placeCount() {
        return places.size();
    }

    /** Every likely personal detail in the text, in order, without overlaps. */
    public List<PersonalDetail> find(String text) {
        List<PersonalDetail> found = new ArrayList<>();
        findNhsNumbers(text, found);
        add(found, PersonalDetail.Kind.EMAIL, EMAIL, text);
        add(found, PersonalDetail.Kind.DATE_OF_BIRTH, BIRTH, text);
        add(found, PersonalDetail.Kind.DATE, ISO_DATE, text);
        add(found, PersonalDetail.Kind.DATE, NUMERIC_DATE, text);
        add(found, PersonalDetail.Kind.DATE, DAY_MONTH, text);
        add(found, PersonalDetail.Kind.DATE, MONTH_DAY, text);
        add(found, PersonalDetail.Kind.PHONE, PHONE, text);
        add(found, PersonalDetail.Kind.AGE, AGE, text);
        add(found, PersonalDetail.Kind.AGE, AGE_BESIDE_NAME, text);
        add(found, PersonalDetail.Kind.POSTCODE, POSTCODE, text);
        add(found, PersonalDetail.Kind.ADDRESS, STREET, text);
        add(found, PersonalDetail.Kind.ADDRESS, FLAT, text);
        findPlaces(text, found);
        add(found, PersonalDetail.Kind.NAME, TITLED_NAME, text);
        findNames(text, found);
        found.sort(Comparator.comparingInt(PersonalDetail::start));
        return List.copyOf(found);
    }

    private static void add(List<PersonalDetail> found, PersonalDetail.Kind kind, Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            addUnlessOverlapping(found, new PersonalDetail(kind, m.group(), m.start(), m.end()));
        }
    }

    private static void addUnlessOverlapping(List<PersonalDetail> found, PersonalDetail detail) {
        boolean overlaps = found.stream().anyMatch(d -> d.start() < detail.end() && detail.start() < d.end());
        if (!overlaps) {
            found.add(detail);
        }
    }

    private static void findNhsNumbers(String text, List<PersonalDetail> found) {
        Matcher m = TEN_DIGITS.matcher(text);
        while (m.find()) {
            String digits = m.group(1) + m.group(2) + m.group(3);
            if (isValidNhsNumber(digits)) {
                addUnlessOverlapping(found, new PersonalDetail(PersonalDetail.Kind.NHS_NUMBER, m.group(), m.start(), m.end()));
            }
        }
    }

    /**
     * The NHS number check: weights 10 down to 2 on the first nine digits, 11 minus the sum's
     * remainder by 11 is the check digit (11 means 0; 10 means the number is not valid).
     */
    public static boolean isValidNhsNumber(String number) {
        String digits = number.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    private void findPlaces(String text, List<PersonalDetail> found) {
        add(found, PersonalDetail.Kind.PLACE, SAINT_PLACE, text);
        add(found, PersonalDetail.Kind.PLACE, NUMBERED_PLACE, text);
        String lower = text.toLowerCase(Locale.ROOT);
        for (String place : places) {
            String needle = place.toLowerCase(Locale.ROOT);
            int at = lower.indexOf(needle);
            while (at >= 0) {
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
                int end = at + needle.length();
                boolean wordEnd = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
                if (wordStart && wordEnd) {
                    addUnlessOverlapping(found, new PersonalDetail(PersonalDetail.Kind.PLACE, text.substring(at, end), at, end));
                }
                at = lower.indexOf(needle, at + 1);
            }
        }
        Matcher m = NAMED_PLACE.matcher(text);
        while (m.find()) {
            String first = m.group().split("[ ']")[0];
            if (!NOT_PLACE_WORDS.contains(first)) {
                addUnlessOverlapping(found, new PersonalDetail(PersonalDetail.Kind.PLACE, m.group(), m.start(), m.end()));
            }
        }
    }

    private void findNames(String text, List<PersonalDetail> found) {
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (names.contains(word.toLowerCase(Locale.ROOT))) {
                int end = surnameEnd(text, m.end());
                addUnlessOverlapping(found, new PersonalDetail(PersonalDetail.Kind.NAME, text.substring(m.start(), end), m.start(), end));
            }
        }
    }

    /** Where a surname written after a first name ends ("John Smith", "Ann O'Neill"), or {@code from} if none follows. */
    private static int surnameEnd(String text, int from) {
        Matcher m = SURNAME.matcher(text);
        m.region(from, text.length());
        if (m.lookingAt() && !NOT_SURNAME_WORDS.contains(m.group(1))) {
            return m.end();
        }
        return from;
    }
}
