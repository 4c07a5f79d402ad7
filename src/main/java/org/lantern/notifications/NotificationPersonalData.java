package org.lantern.notifications;

import lombok.RequiredArgsConstructor;

import org.lantern.base.privacy.PersonalDataHolder;
import org.lantern.base.privacy.PersonalDataSection;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Notifications' part of people's data rights: the person's notifications and e-mail settings in
 * "Download my data", and when their calendar feed link was made; erasure deletes them all.
 */
@Component
@RequiredArgsConstructor
class NotificationPersonalData implements PersonalDataHolder {

    private final NotificationRepository repository;
    private final CalendarFeedRepository feeds;

    @Override
    public List<PersonalDataSection> export(long accountId) {
        List<Notification> notifications = repository.latest(accountId, Integer.MAX_VALUE);
        List<MailPreference> preferences = repository.preferences(accountId);
        return List.of(
                PersonalDataSection.of(120, "notifications", notifications, "Notifications to you",
                        notifications.size() + " (in-app, and e-mailed where set up)\n"),
                PersonalDataSection.of(121, "notification-settings", preferences, "Your notification e-mail settings",
                        preferences.isEmpty() ? "none chosen (e-mail at once)\n" : preferences.size() + " kind(s) chosen\n"),
                PersonalDataSection.of(122, "calendar-link", feeds.madeAt(accountId).map(at -> List.of(at.toString())).orElse(List.of()),
                        "Your calendar feed link", feeds.madeAt(accountId).map(at -> "made " + at + " (Lantern keeps only a fingerprint of it)\n")
                                .orElse("none\n")));
    }

    @Override
    public List<String> erase(long accountId) {
        int notifications = repository.deleteAll(accountId);
        feeds.delete(accountId);
        List<String> erased = new ArrayList<>();
        if (notifications > 0) {
            erased.add(notifications + " notification(s)");
        }
        return erased;
    }

    @Override
    public int erasureOrder() {
        return 55;
    }
}
