package org.lantern.surveys;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything that goes from an account to its survey pseudonym, through the keyed link
 * ({@link PseudonymKey#link}); nothing goes the other way. Used to resume a draft, refuse a second
 * submission, show people their own answers, remind those who have not answered, and forget an account.
 */
@Component
@RequiredArgsConstructor
class ParticipantLinks {

    private static final Logger log = LoggerFactory.getLogger(ParticipantLinks.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final LinkRepository repository;
    private final ResponseRepository responses;
    private final PseudonymKey key;

    /** The account's participant in the programme, if they have started answering it. */
    Optional<Long> participant(long programmeId, long accountId) {
        return repository.participantByLink(programmeId, key.link(programmeId, accountId));
    }

    /** The account's response to a wave of the programme, if they have started it (one query). */
    Optional<ResponseRepository.ResponseRow> response(long programmeId, long accountId, long waveId) {
        return responses.responseByLink(programmeId, key.link(programmeId, accountId), waveId);
    }

    /**
     * The account's participant in the programme, created with a random code the first time. When two
     * requests create it at once, the database keeps one (unique programme and link) and both use it.
     */
    long participantOrNew(long programmeId, long accountId, long teamId) {
        byte[] link = key.link(programmeId, accountId);
        Optional<Long> existing = repository.participantByLink(programmeId, link);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!key.sameKeyAs(repository.keyFingerprint().orElse(null))) {
            // another instance on this database started with a different key: links would not match
            log.error("This instance's pseudonym key differs from the one the database last stored: give every instance the "
                    + "same key (pseudonym.key or LANTERN_PSEUDONYM_KEY). Refusing to start survey responses until then.");
            throw new SurveyException("Surveys cannot be started on this server at the moment. Please tell your administrator.");
        }
        return repository.insertLinkedParticipant(programmeId, randomCode(), teamId, link)
                .or(() -> repository.participantByLink(programmeId, link))
                .orElseThrow(() -> new SurveyException("Could not start the survey. Please try again."));
    }

    /** Of the given accounts, those who have submitted the wave. */
    Set<Long> submitted(long programmeId, long waveId, List<Long> accountIds) {
        List<byte[]> links = key.links(programmeId, accountIds);
        Set<ByteBuffer> done = repository.submittedLinks(programmeId, waveId, links);
        Set<Long> result = new HashSet<>();
        for (int i = 0; i < accountIds.size(); i++) {
            if (done.contains(ByteBuffer.wrap(links.get(i)))) {
                result.add(accountIds.get(i));
            }
        }
        return result;
    }

    /**
     * The account's own participants and answers in the given programmes.
     *
     * @param teamNames names of teams by id, all in one look-up (people's {@code Directory#teamNames})
     */
    List<MyAnswers> myAnswers(long accountId, List<Programme> programmes,
                              Function<Set<Long>, Map<Long, String>> teamNames) {
        List<LinkRepository.LinkedParticipant> participants = repository.linkedParticipants(linksOf(accountId, programmes));
        Map<Long, String> teams = teamNames.apply(participants.stream().map(LinkRepository.LinkedParticipant::teamId)
                .collect(Collectors.toSet()));
        return participants.stream()
                .map(p -> new MyAnswers(p.programmeKey(), p.programmeTitle(), p.surveyKey(), p.code(),
                        teams.getOrDefault(p.teamId(), ""), repository.responsesWithAnswers(p.id())))
                .toList();
    }

    /**
     * Deletes the account's drafts and its links in the given programmes: each link is overwritten with
     * random bytes, so that it matches no account and does not stand out from the links of people
     * still here (a missing link among answers given in Lantern would point at an erased account).
     */
    AccountForgotten forget(long accountId, List<Programme> programmes) {
        List<Long> participants = repository.linkedParticipants(linksOf(accountId, programmes)).stream()
                .map(LinkRepository.LinkedParticipant::id).toList();
        int drafts = repository.deleteDraftsOf(participants);
        int links = repository.scrambleLinks(participants);
        return new AccountForgotten(links, drafts);
    }

    /**
     * For each participant (same order): 2 when its link is that of one of {@code accountIds}, 1 when
     * it is another account's, 0 otherwise (answered on paper, or its account erased, or the programme
     * archived). One HMAC per account and one read of the programme's links, so 100,000 participants
     * take well under a second.
     */
    byte[] groups(long programmeId, long[] participantIds, Collection<Long> accountIds, Collection<Long> everyAccount) {
        Set<ByteBuffer> wanted = new HashSet<>(accountIds.size() * 2);
        for (byte[] link : key.links(programmeId, accountIds)) {
            wanted.add(ByteBuffer.wrap(link));
        }
        Set<ByteBuffer> anyone = new HashSet<>(everyAccount.size() * 2);
        for (byte[] link : key.links(programmeId, everyAccount)) {
            anyone.add(ByteBuffer.wrap(link));
        }
        Map<Long, byte[]> links = repository.links(programmeId);
        byte[] groups = new byte[participantIds.length];
        for (int i = 0; i < participantIds.length; i++) {
            byte[] link = links.get(participantIds[i]);
            ByteBuffer l = link == null ? null : ByteBuffer.wrap(link);
            groups[i] = l == null ? (byte) 0 : wanted.contains(l) ? (byte) 2 : anyone.contains(l) ? (byte) 1 : (byte) 0;
        }
        return groups;
    }

    private Map<Long, byte[]> linksOf(long accountId, List<Programme> programmes) {
        Map<Long, byte[]> links = new LinkedHashMap<>();
        for (Programme p : programmes) {
            if (!p.archived()) {
                links.put(p.id(), key.link(p.id(), accountId));
            }
        }
        return links;
    }

    /** A new participant's code: random, so it says nothing about who answered. */
    static String randomCode() {
        StringBuilder code = new StringBuilder("L-");
        for (int i = 0; i < 12; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
