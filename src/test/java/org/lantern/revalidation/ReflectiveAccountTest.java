package org.lantern.revalidation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReflectiveAccountTest {

    @Test
    void anAccountReadsBackFromTheJournalEntryItIsSavedAs() {
        ReflectiveAccount account = new ReflectiveAccount("After the risk lesson", "A lesson on positive risk.\n\nIt was short.",
                "Risk is shared.", "I ask first now.", CodeTheme.PRESERVE_SAFETY, "It keeps people safe and in charge.");
        String body = account.body();
        assertThat(body).startsWith("## The activity or experience\n\nA lesson on positive risk.")
                .contains("## How this relates to the Code\n\nTheme of the Code: Preserve safety\n\nIt keeps people safe");
        assertThat(ReflectiveAccount.fromEntry("After the risk lesson", body)).isEqualTo(account);
    }

    @Test
    void anEntryChangedByHandKeepsEveryWord() {
        ReflectiveAccount read = ReflectiveAccount.fromEntry("Title", "Some words first.\n\n## What I learned from it\n\nA lot."
                + "\n\n## How this relates to the Code\n\nTheme of the Code: Something else\nMy own words.");
        assertThat(read.activity()).isEqualTo("Some words first.");
        assertThat(read.learning()).isEqualTo("A lot.");
        assertThat(read.theme()).isNull();
        assertThat(read.code()).isEqualTo("Theme of the Code: Something else\nMy own words.");
    }
}
