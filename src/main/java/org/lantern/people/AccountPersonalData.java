package org.lantern.people;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.base.privacy.PersonalDataHolder;
import org.lantern.base.privacy.PersonalDataSection;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The account's part of people's data rights: the profile (roles, teams) in "Download my data", and
 * the account row itself, anonymised after every other feature has erased its part.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountPersonalData implements PersonalDataHolder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PeopleRepository repository;
    private final PasswordEncoder passwordEncoder;

    /** An account about to be erased: its current user name, and whether it already was. */
    public record ErasureCandidate(long id, String username, boolean erased) {
    }

    record Profile(long id, String username, String displayName, @Nullable String email, boolean enabled, OffsetDateTime createdAt,
                   List<String> roles, List<TeamMembership> teams) {
    }

    record TeamMembership(String team, boolean manager) {
    }

    /**
     * Locks the account's row for the rest of the erasure's transaction, so it is erased once, and
     * says who it is; empty when there is no such account.
     */
    @Transactional
    public Optional<ErasureCandidate> lockForErasure(long accountId) {
        return repository.lockForErasure(accountId);
    }

    @Override
    public List<PersonalDataSection> export(long accountId) {
        Profile p = repository.profile(accountId);
        String readme = "- Name: " + p.displayName() + "\n"
                + (p.email() == null ? "" : "- E-mail: " + p.email() + "\n")
                + "- Account created: " + p.createdAt().toLocalDate() + "\n"
                + "- Roles: " + String.join(", ", p.roles()) + "\n"
                + "- Teams: " + (p.teams().isEmpty() ? "none" : p.teams().stream()
                .map(t -> t.team() + (t.manager() ? " (manager)" : "")).collect(Collectors.joining(", "))) + "\n";
        return List.of(PersonalDataSection.of(10, "profile", p, "Profile", readme));
    }

    /** Sign-in links, roles and teams go; the row stays as "erased-&lt;id&gt;", disabled, with an unusable password. */
    @Override
    public List<String> erase(long accountId) {
        repository.erase(accountId, ERASED_NAME, unusablePasswordHash(passwordEncoder));
        return List.of();
    }

    /** The hash of 32 random bytes nobody keeps: no password opens an account that has it (erased or imported ones). */
    static String unusablePasswordHash(PasswordEncoder passwordEncoder) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
    }

    @Override
    public int erasureOrder() {
        return ACCOUNT_LAST;
    }
}
