package org.lantern.audit.ui;

import lombok.RequiredArgsConstructor;

import com.vaadin.flow.component.Component;
import org.lantern.audit.DataRightsService;
import org.lantern.base.security.Account;
import org.lantern.people.ui.AccountErasure;
import org.lantern.people.ui.AccountPageSection;
import org.springframework.stereotype.Service;

/** Data rights on the people pages: a person downloads their data on their account page; administrators erase accounts. */
@Service
@RequiredArgsConstructor
class DataRightsSections implements AccountPageSection, AccountErasure {

    private final DataRightsService dataRights;

    @Override
    public Component create(Account account) {
        return new MyDataDownload(dataRights, account);
    }

    @Override
    public void confirmAndErase(Account admin, Account account, Runnable onErased) {
        new EraseAccountDialog(dataRights, admin, account.id(), account.username(), account.displayName(),
                onErased).open();
    }
}
