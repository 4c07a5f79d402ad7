package org.lantern.stories;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The de-identification check, with the shipped name and place lists. */
class PersonalDetailsCheckTest {

    static PersonalDetailsCheck shipped() throws IOException {
        return new PersonalDetailsCheck(
                new HashSet<>(PersonalDetailsCheck.parseList(Files.readString(Path.of("content/search/first-names.txt")))),
                PersonalDetailsCheck.parseList(Files.readString(Path.of("content/search/place-names.txt"))));
    }

    private static List<PersonalDetail.Kind> kinds(String text) throws IOException {
        return shipped().find(text).stream().map(PersonalDetail::kind).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I sat with Sarah in the garden.|NAME|Sarah",
            "Mrs Okonkwo asked for her coat.|NAME|Mrs Okonkwo",
            "We met on 12 March 2023 at the office.|DATE|12 March 2023",
            "It was 03/04/2022 when he moved in.|DATE|03/04/2022",
            "His date of birth was on the form.|DATE_OF_BIRTH|date of birth",
            "She was born in 1987 in a small town.|DATE_OF_BIRTH|born in 1987",
            "He was 34 years old that spring.|AGE|34 years old",
            "A man aged 52 moved in.|AGE|aged 52",
            "She lived at 14 Acacia Avenue for years.|ADDRESS|14 Acacia Avenue",
            "The flat was in LS6 2QT, near the park.|POSTCODE|LS6 2QT",
            "Ring me on 07700 900123 any time.|PHONE|07700 900123",
            "Her email was jo.bloggs@example.org then.|EMAIL|jo.bloggs@example.org",
            "His NHS number 943 476 5919 was on the letter.|NHS_NUMBER|943 476 5919",
            "The number 4010232137 was written down.|NHS_NUMBER|4010232137",
            "He stayed on Willow Ward for a month.|PLACE|Willow Ward",
            "She was admitted to Northfield General Hospital.|PLACE|Northfield General Hospital",
            "We met at Rowan Ward again.|PLACE|Rowan Ward",
            // issue 16: what the check missed in "Ward 7 at St Mary's. John Smith, 54, ..."
            "Ward 7 at St Mary's. John Smith, 54, was admitted.|PLACE|Ward 7",
            "Ward 7 at St Mary's. John Smith, 54, was admitted.|NAME|John Smith",
            "Ward 7 at St Mary's. John Smith, 54, was admitted.|AGE|54",
            "He moved to bed 12 by the window.|PLACE|bed 12",
            "She was in Bay 3B for a week.|PLACE|Bay 3B",
            "They took her to St. Luke's Hospital that night.|PLACE|St. Luke's Hospital",
            "We drove to St Thomas' after the call.|PLACE|St Thomas'",
            "Ann (67) lived alone.|AGE|67",
            "I sat with Sarah O'Neill in the garden.|NAME|Sarah O'Neill",
            "Peter McAllister had lived there for years.|NAME|Peter McAllister",
            "She was admitted to Queen Elizabeth Hospital.|PLACE|Queen Elizabeth Hospital"})
    void findsLikelyPersonalDetails(String text, PersonalDetail.Kind kind, String found) throws IOException {
        List<PersonalDetail> details = shipped().find(text);
        assertThat(details).extracting(PersonalDetail::kind).contains(kind);
        PersonalDetail detail = details.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
        assertThat(detail.text()).isEqualTo(found);
        assertThat(text.substring(detail.start(), detail.end())).isEqualTo(found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137", "4505577104"})
    void validNhsNumbersPassTheCheckDigit(String number) {
        assertThat(PersonalDetailsCheck.isValidNhsNumber(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "9434765910", "4010232138", "1234567890", "123456789", "12345678901", "abcdefghij"})
    void invalidNhsNumbersFailTheCheckDigit(String number) {
        assertThat(PersonalDetailsCheck.isValidNhsNumber(number)).isFalse();
    }

    @Test
    void aTenDigitNumberWithAWrongCheckDigitIsNotFlaggedAsAnNhsNumber() throws IOException {
        assertThat(kinds("Reference 943 476 5918 on the letter.")).doesNotContain(PersonalDetail.Kind.NHS_NUMBER);
    }

    @Test
    void ordinaryStoryTextRaisesNoFlags() throws IOException {
        assertThat(shipped().find("He showed me the bus pass on my first visit. The man I was supporting was in his "
                + "fifties. Hope came slowly, and one spring he said he would Will himself to try. We went to the ward "
                + "and then to the hospital, and I rang his sister.")).isEmpty();
    }

    @Test
    void theShippedStoriesAreFreeOfPersonalDetails() throws IOException {
        PersonalDetailsCheck check = shipped();
        List<String> flagged = new java.util.ArrayList<>();
        try (var files = Files.list(Path.of("content/stories"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                check.find(text.substring(text.indexOf("\n---", 3) + 4))
                        .forEach(d -> flagged.add(file.getFileName() + ": " + d.kind() + " " + d.text()));
            }
        }
        assertThat(flagged).isEmpty();
    }

    /** Issue 16: the saint's name in "St Mary's" is a place, not a person, and a name followed by a verb keeps no extra word. */
    @Test
    void aSaintsPlaceIsNotAPersonAndOrdinaryWordsAreNotSurnames() throws IOException {
        assertThat(shipped().find("Ward 7 at St Mary's.")).extracting(PersonalDetail::kind)
                .containsExactly(PersonalDetail.Kind.PLACE, PersonalDetail.Kind.PLACE);
        assertThat(shipped().find("Sarah And I went out.")).extracting(PersonalDetail::text).containsExactly("Sarah");
        assertThat(shipped().find("It took 20, maybe 30, minutes.")).isEmpty();
    }
}
