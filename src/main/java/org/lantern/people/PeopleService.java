package org.lantern.people;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Role;

import org.lantern.base.security.AccountLookup;

import org.lantern.base.security.Account;

import org.lantern.base.security.UserNames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The door to accounts, teams and roles. Passwords are only ever stored hashed. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PeopleService implements AccountLookup {

    /** Minimum password length for new and changed passwords (the demo accounts are the exception). */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final PeopleRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    /** Finds an account by user name (case-insensitive). */
    @Override
    @Transactional(readOnly = true)
    public Optional<Account> findByUsername(String username) {
        return repository.findByUsername(normaliseUsername(username));
    }

    /**
     * The id of the account stored under exactly this user name, without normalising it: for records of
     * who acted, where a name typed at a failed sign-in must not be taken for someone else's.
     */
    @Transactional(readOnly = true)
    public Optional<Long> idOfExactUsername(String username) {
        return repository.idOf(username);
    }

    /** An account by id, whether or not it can sign in. */
    @Transactional(readOnly = true)
    public Optional<Account> findById(long id) {
        return repository.findById(id);
    }

    /** Every account, ordered by name: for administrators. */
    @Transactional(readOnly = true)
    public List<Account> allAccounts() {
        return repository.findAll();
    }

    /**
     * The accounts the people import made that nobody has set a password for yet: they sign in only
     * through a linked organisation sign-in until an administrator sets one.
     */
    @Transactional(readOnly = true)
    public Set<Long> accountsWithoutPassword() {
        return repository.withoutPassword();
    }

    /** The id of every account, erased ones included: for matching keyed survey links without loading accounts. */
    @Transactional(readOnly = true)
    public List<Long> allAccountIds() {
        return repository.allIds();
    }

    /** The members of a team, including its managers. */
    @Transactional(readOnly = true)
    public List<Account> teamMembers(long teamId) {
        return repository.findTeamMembers(teamId);
    }

    /**
     * The staff of a team: enabled accounts with the staff role who do not manage it. These are the
     * people a team's figures are about, so privacy thresholds count them.
     */
    @Transactional(readOnly = true)
    public List<Account> teamStaff(long teamId) {
        return repository.findTeamMembers(teamId).stream().filter(a -> a.enabled() && a.hasRole(Role.STAFF)
                && a.managedTeams().stream().noneMatch(t -> t.teamId() == teamId)).toList();
    }

    @Transactional(readOnly = true)
    public List<Team> allTeams() {
        return repository.findTeams();
    }

    @Transactional(readOnly = true)
    public Optional<Team> findTeamByName(String name) {
        return repository.findTeamByName(name);
    }

    /**
     * Creates an account.
     *
     * @throws PeopleException with a message for the person filling the form
     */
    @Transactional
    public Account createAccount(NewAccount request) {
        Account created = createAccount(request, true);
        events.publishEvent(AccountChanged.bySignedIn("Account created: " + describe(created)));
        return created;
    }

    /**
     * For demo data only: demo accounts share the short, well-known password "demo", so it is
     * hashed once for all of them.
     */
    @Transactional
    public List<Account> createDemoAccounts(List<NewAccount> requests) {
        java.util.Map<String, String> hashes = new java.util.HashMap<>();
        return requests.stream().map(r -> createAccount(r, false,
                hashes.computeIfAbsent(r.password(), passwordEncoder::encode))).toList();
    }

    private Account createAccount(NewAccount request, boolean checkPasswordStrength) {
        return createAccount(request, checkPasswordStrength, null);
    }

    private Account createAccount(NewAccount request, boolean checkPasswordStrength, String precomputedHash) {
        String username = AccountRules.username(request.username());
        if (repository.usernameExists(username)) {
            throw new PeopleException("The user name '" + username + "' is already taken.");
        }
        String displayName = requireDisplayName(request.displayName());
        if (checkPasswordStrength) {
            checkPassword(request.password());
        }
        if (request.roles().isEmpty()) {
            throw new PeopleException("Choose at least one role.");
        }
        String hash = precomputedHash != null ? precomputedHash : passwordEncoder.encode(request.password());
        long id = repository.insertAccount(username, displayName, hash);
        repository.replaceRoles(id, request.roles());
        repository.replaceMemberships(id, request.teamIds(), request.managedTeamIds());
        return repository.findById(id).orElseThrow();
    }

    /** Changes name, enabled flag, roles and teams. Refuses to remove the last enabled administrator. */
    @Transactional
    public Account updateAccount(long id, String displayName, boolean enabled, Set<Role> roles,
                                 Set<Long> teamIds, Set<Long> managedTeamIds) {
        Account existing = repository.findById(id).orElseThrow(() -> new PeopleException("That account no longer exists."));
        if (roles.isEmpty()) {
            throw new PeopleException("Choose at least one role.");
        }
        boolean stillAdmin = enabled && roles.contains(Role.ADMIN);
        if (existing.hasRole(Role.ADMIN) && !stillAdmin && repository.countEnabledAdminsExcept(id) == 0) {
            throw new PeopleException("This is the only administrator. Make someone else an administrator first.");
        }
        repository.updateAccount(id, requireDisplayName(displayName), enabled);
        repository.replaceRoles(id, roles);
        repository.replaceMemberships(id, teamIds, managedTeamIds);
        Account updated = repository.findById(id).orElseThrow();
        String before = describe(existing);
        String after = describe(updated);
        if (!before.equals(after)) {
            events.publishEvent(AccountChanged.bySignedIn("Account changed from " + before + " to " + after));
        }
        return updated;
    }

    /** Roles, teams and whether the person can sign in: what the audit trail records about an account change. */
    private static String describe(Account account) {
        return "'" + account.username() + "' [roles: " + account.roles().stream().map(Role::key).sorted()
                .collect(java.util.stream.Collectors.joining(", "))
                + "; teams: " + account.teams().stream().map(t -> t.teamName() + (t.manager() ? " (manager)" : ""))
                .collect(java.util.stream.Collectors.joining(", "))
                + "; can sign in: " + (account.enabled() ? "yes" : "no") + "]";
    }

    /** Sets a new password chosen by an administrator. */
    @Transactional
    public void resetPassword(long id, String newPassword) {
        checkPassword(newPassword);
        repository.updatePasswordHash(id, passwordEncoder.encode(newPassword));
        events.publishEvent(AccountChanged.bySignedIn("Password reset by an administrator for account " + id));
    }

    /** Lets the signed-in person ({@code account}) change their own password after confirming the current one. */
    @Transactional
    public void changeOwnPassword(Account account, String currentPassword, String newPassword) {
        var credentials = repository.findCredentials(account.username())
                .orElseThrow(() -> new PeopleException("Your account could not be found."));
        if (!passwordEncoder.matches(currentPassword, credentials.passwordHash())) {
            throw new PeopleException("Your current password is not right.");
        }
        checkPassword(newPassword);
        repository.updatePasswordHash(credentials.id(), passwordEncoder.encode(newPassword));
        events.publishEvent(new AccountChanged(credentials.username(), "Changed own password"));
    }

    /** Creates a team, and its service when the name is new. */
    @Transactional
    public Team createTeam(String name, String serviceName) {
        if (name == null || name.isBlank()) {
            throw new PeopleException("Give the team a name.");
        }
        if (name.trim().length() > 120) {
            throw new PeopleException("Team names are at most 120 characters.");
        }
        if (repository.teamNameExists(name)) {
            throw new PeopleException("There is already a team called '" + name.trim() + "'.");
        }
        Long serviceId = serviceName == null || serviceName.isBlank() ? null : repository.findOrCreateService(serviceName);
        repository.insertTeam(name, serviceId);
        events.publishEvent(AccountChanged.bySignedIn("Team created: " + name.trim()));
        return repository.findTeamByName(name).orElseThrow();
    }

    /** True while the installation has no enabled administrator: the one-time setup page is open. */
    @Transactional(readOnly = true)
    public boolean needsSetup() {
        return !repository.anyEnabledAdmin();
    }

    /**
     * Creates the first administrator. Only works while {@link #needsSetup()} is true, and only once
     * even when two people submit the setup page at the same moment.
     */
    @Transactional
    public Account createFirstAdmin(String username, String displayName, String password) {
        repository.lockSetup();
        if (repository.anyEnabledAdmin()) {
            throw new PeopleException("Lantern is already set up. Sign in instead.");
        }
        Account admin = createAccount(new NewAccount(username, displayName, password,
                EnumSet.of(Role.ADMIN, Role.STAFF), Set.of(), Set.of()), true);
        events.publishEvent(new AccountChanged(admin.username(), "First administrator created: " + describe(admin)));
        return admin;
    }

    /** See {@link UserNames#normalise}: the one normal form of user names. */
    static String normaliseUsername(String username) {
        return UserNames.normalise(username);
    }

    private static String requireDisplayName(String displayName) {
        return AccountRules.displayName(displayName);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new PeopleException("Passwords need at least " + MIN_PASSWORD_LENGTH + " characters. "
                    + "A few unrelated words make a strong one.");
        }
        if (password.length() > 128) {
            throw new PeopleException("Passwords are at most 128 characters.");
        }
    }
}
