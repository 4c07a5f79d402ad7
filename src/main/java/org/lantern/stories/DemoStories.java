package org.lantern.stories;

import lombok.RequiredArgsConstructor;

import org.lantern.base.demo.DemoData;
import org.lantern.base.demo.DemoFeature;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;

import java.util.List;

/**
 * Demo: a made-up staff member's story waiting in the editors' queue, with two details the
 * de-identification check flags, so the moderation page has something to show.
 */
@DemoFeature(value = "stories", order = 30)
@RequiredArgsConstructor
class DemoStories implements DemoData {

    private final StoryWriting stories;
    private final PeopleService people;

    @Override
    public void seed() {
        StoryDraft draft = new StoryDraft("The walk before breakfast",
                "A support worker stops planning a man's mornings for him and finds out what he wanted them to be.",
                """
                        For months the rota said the same thing: wake him at eight, medication at half past, breakfast by nine. \
                        He was 52 years old and had lived on Willow Ward for a long time before he moved to us, and I think we \
                        had carried the ward's timetable with us without noticing.

                        One morning he was already up and dressed when I knocked. He said he had been for a walk round the block \
                        before anyone was awake, and he looked pleased with himself. My first thought was the risk. My second \
                        was that nobody had ever asked him what a good morning looked like.

                        So I asked. He wanted to walk first, eat later, and take his tablets with breakfast, not before it. We \
                        wrote it into his support plan in his words, agreed what he would do if he felt unwell while out, and \
                        the team agreed to review it after a month.

                        The review was short. He had walked almost every day. He said the mornings felt like his again.""",
                List.of("recovery", "person-centred-planning"), "supported-living", "support-worker");
        stories.submit(account("amira.k"), null, draft, true);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
