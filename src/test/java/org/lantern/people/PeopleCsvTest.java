package org.lantern.people;

import org.junit.jupiter.api.Test;
import org.lantern.base.security.Role;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading people files as HR and rostering systems export them, and refusing files that cannot be used. */
class PeopleCsvTest {

    private static PeopleCsv.Parsed parse(String text) {
        return PeopleCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsColumnsInAnyOrderWithABomCrlfQuotesAndBlankLinesAndKeepsLineNumbers() {
        PeopleCsv.Parsed parsed = parse("\uFEFFactive,Roles,username,display_name,email,teams,manages,employee_no\r\n"
                + "true,staff,ann.a,\"Ann, A\",ann@example.org,Ward 1;ward 1; Ward 2 ,,E1\r\n"
                + "\r\n"
                + "TRUE,staff;manager,bob.b,\"Bob \"\"Bobby\"\" B\",,Ward 1,Ward 2,E2\r\n"
                + "false,\"staff\",\"cat.c\",\"Cat\nC\",,,,E3\r\n");
        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.ignoredColumns()).containsExactly("employee_no");
        assertThat(parsed.rows()).extracting(PeopleCsv.Row::line).containsExactly(2L, 4L, 5L);
        PeopleCsv.Row ann = parsed.rows().get(0);
        assertThat(ann.displayName()).isEqualTo("Ann, A");
        assertThat(ann.email()).isEqualTo("ann@example.org");
        assertThat(ann.teams()).containsExactly("Ward 1", "Ward 2");
        assertThat(ann.active()).isTrue();
        PeopleCsv.Row bob = parsed.rows().get(1);
        assertThat(bob.displayName()).isEqualTo("Bob \"Bobby\" B");
        assertThat(bob.email()).isNull();
        assertThat(bob.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.MANAGER);
        assertThat(bob.manages()).containsExactly("Ward 2");
        assertThat(parsed.rows().get(2).active()).isFalse();
        assertThat(parsed.named()).containsExactlyInAnyOrder("ann.a", "bob.b", "cat.c");
    }

    @Test
    void eachBadLineIsRejectedWithItsNumberAndWhyWhileItsPersonStillCountsAsNamed() {
        PeopleCsv.Parsed parsed = parse("username,display_name,email,teams,roles,manages,active\n"
                + "ok.one,One,,,staff,,true\n"
                + "bad.role,Two,,,staff;nurse,,true\n"
                + "bad.mail,Three,not-an-address,,staff,,true\n"
                + "boss,Four,,,admin,,true\n"
                + "no.roles,Five,,,,,true\n"
                + "maybe,Six,,,staff,,yes\n"
                + "B@D NAME,Seven,,,staff,,true\n"
                + "no.name,,,,staff,,true\n");
        assertThat(parsed.rows()).extracting(PeopleCsv.Row::username).containsExactly("ok.one");
        assertThat(parsed.rejected()).extracting(ImportPlan.Rejection::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(parsed.rejected()).extracting(ImportPlan.Rejection::message).containsExactly(
                "'bad.role': 'nurse' is not a role: use staff, manager, evaluator or editor, separated by ;.",
                "'bad.mail': 'not-an-address' is not an e-mail address (expected one like name@example.org).",
                "'boss': the import never gives administrator rights: remove 'admin' from this line and make the person an "
                        + "administrator on People and teams.",
                "'no.roles': give at least one role (staff, manager, evaluator or editor) in 'roles'.",
                "'maybe': 'active' must be true or false, not 'yes'.",
                "'B@D NAME': User names are 2 to 64 characters: lower-case letters, digits, dots, dashes and underscores, "
                        + "starting with a letter or digit.",
                "'no.name': Enter the person's name as it should appear in Lantern.");
        assertThat(parsed.named()).contains("bad.role", "boss", "maybe").doesNotContain("B@D NAME");
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> parse("username,display_name,teams,roles,active\nann,Ann,,staff,true\n"))
                .isInstanceOf(PeopleException.class)
                .hasMessage("Line 1 has no 'email', 'manages' columns. The first line must name these columns, in any order: "
                        + "username,display_name,email,teams,roles,manages,active.");
        assertThatThrownBy(() -> parse("username,display_name,email,teams,roles,manages\n"))
                .hasMessageStartingWith("Line 1 has no 'active' column.");
        assertThatThrownBy(() -> parse("username,username,display_name,email,teams,roles,manages,active\n"))
                .hasMessage("Line 1 names the column 'username' twice.");
        assertThatThrownBy(() -> parse("")).hasMessageStartingWith("The file is empty.");
    }

    @Test
    void filesThatCannotBeReadAreRefusedWhole() {
        byte[] latin1 = "username,display_name,email,teams,roles,manages,active\nzoe,Zoë,,,staff,,true\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PeopleCsv.parse(latin1)).hasMessageStartingWith("The file is not UTF-8 text.");
        assertThatThrownBy(() -> parse("username,display_name,email,teams,roles,manages,active\n"
                + "ann,\"Ann,,,staff,,true\nbob,Bob,,,staff,,true\n"))
                .hasMessageStartingWith("Line 2 cannot be read: check that every quote");
        assertThatThrownBy(() -> PeopleCsv.parse(new byte[PeopleCsv.MAX_BYTES + 1]))
                .hasMessageStartingWith("The file is larger than 10 MB.");
        StringBuilder many = new StringBuilder("username,display_name,email,teams,roles,manages,active\n");
        for (int i = 0; i <= PeopleCsv.MAX_PEOPLE; i++) {
            many.append("p").append(i).append(",P,,,staff,,true\n");
        }
        assertThatThrownBy(() -> parse(many.toString())).hasMessage("The file has more than 50,000 people. Split it into smaller files.");
    }

    @Test
    void valuesSeparatedBySemicolonsDropBlanksAndRepeats() {
        PeopleCsv.Row row = parse("username,display_name,email,teams,roles,manages,active\n"
                + "ann,Ann,,;A;;a; B ;,Staff; STAFF ;,,True\n").rows().getFirst();
        assertThat(row.teams()).containsExactly("A", "B");
        assertThat(row.roles()).isEqualTo(Set.of(Role.STAFF));
    }
}
