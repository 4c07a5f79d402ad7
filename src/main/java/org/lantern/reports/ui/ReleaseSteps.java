package org.lantern.reports.ui;

import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;
import org.lantern.reports.ReleaseService;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Making a release from the report page: which written answers it would show (worked out in the
 * background), the evaluator's review in a {@link ReleaseDialog}, then the release itself.
 */
@RequiredArgsConstructor
final class ReleaseSteps {

    private final ReleaseService releases;
    private final Account account;
    private final Consumer<CompletableFuture<?>> track;

    /**
     * @param failed   shows on the page why the pending comments could not be worked out
     * @param refusal  the words the dialog shows when the release fails
     * @param released goes to the new release
     */
    CompletableFuture<?> start(ReportChoice c, ReleaseService.ReleaseStatus status, Consumer<@Nullable Throwable> failed,
                               Function<@Nullable Throwable, String> refusal, Runnable released) {
        UI ui = UI.getCurrent();
        return CompletableFuture.supplyAsync(() -> releases.pendingComments(account, c.programme().key(), c.before(), c.after()))
                .whenComplete((comments, error) -> ui.access(() -> {
                    if (comments == null) {
                        failed.accept(error);
                        return;
                    }
                    ReleaseDialog dialog = new ReleaseDialog(c.programme().title(), status, comments);
                    dialog.addConfirmedListener(e -> track.accept(release(ui, c, dialog, e.reviewed(), e.remove(), refusal, released)));
                    dialog.open();
                }));
    }

    private CompletableFuture<?> release(UI ui, ReportChoice c, ReleaseDialog dialog, java.util.Set<String> reviewed,
                                         java.util.Set<String> remove, Function<@Nullable Throwable, String> refusal, Runnable released) {
        return CompletableFuture.supplyAsync(() -> releases.release(account, c.programme().key(), c.before(), c.after(), remove, reviewed))
                .whenComplete((made, error) -> ui.access(() -> {
                    if (made == null) {
                        dialog.showError(refusal.apply(error));
                        return;
                    }
                    dialog.close();
                    released.run();
                }));
    }
}
