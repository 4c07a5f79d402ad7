package org.lantern.people.ui;

import org.lantern.base.security.Account;

/**
 * Erasing an account, offered on the administrators' account dialog by the feature that knows every
 * feature's personal data, as a Spring bean. Without one the dialog offers no erasure.
 */
public interface AccountErasure {

    /**
     * Asks the administrator to confirm, then erases the account.
     *
     * @param admin the administrator asking
     * @param onErased      run after the account was erased
     */
    void confirmAndErase(Account admin, Account account, Runnable onErased);
}
