package org.lantern.base.privacy;

import java.util.List;

/**
 * A feature that holds data about people: it gives its part of a person's "Download my data" and
 * erases its part of an account. Implementations are Spring beans reading and writing only their
 * own feature's tables; both calls run inside the data-rights service's one transaction, so an
 * erasure removes everything or nothing.
 */
public interface PersonalDataHolder {

    /** The name an erased account and its signed decisions keep, where a name must stay. */
    String ERASED_NAME = "Erased account";

    /** The {@link #erasureOrder()} of the account itself, which is anonymised after everything else. */
    int ACCOUNT_LAST = Integer.MAX_VALUE;

    /** This feature's sections of the person's data, each placed by its {@link PersonalDataSection#position()}. */
    List<PersonalDataSection> export(long accountId);

    /**
     * Removes or anonymises what this feature holds about the account (whose row still exists).
     *
     * @return what was erased, in words for the audit entry and the administrator (e.g. "3 journal
     * entries"); empty when there is nothing worth saying
     */
    List<String> erase(long accountId);

    /**
     * When this holder erases, lowest first; features that detach records from the account before it
     * goes use numbers below {@link #ACCOUNT_LAST}, which only the account itself uses.
     */
    int erasureOrder();
}
