package org.lantern.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.lantern.base.export.HtmlEscaper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns notifications into e-mails, each with a plain-text and an accessible HTML body, and hands them
 * to the mail server. The subject is the notification's title (never a name or an answer); kinds that
 * are not essential end with a signed link to turn them off without signing in, also given in the
 * {@code List-Unsubscribe} headers (RFC 8058). A session's calendar invitation comes as an {@code .ics} attachment.
 */
@Component
class NotificationMailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final UnsubscribeLinks unsubscribe;
    private final String baseUrl;
    private final String from;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, UnsubscribeLinks unsubscribe,
                       @Value("${lantern.notifications.base-url}") String baseUrl, @Value("${lantern.notifications.from}") String from) {
        this.sender = sender;
        this.unsubscribe = unsubscribe;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.from = from;
    }

    /** Sends one e-mail holding these notifications (one, or a day's digest), or throws the mail server's error. */
    void send(String to, List<NotificationRepository.Outgoing> items) {
        JavaMailSender mail = sender.getObject();
        boolean digest = items.size() > 1;
        String subject = digest ? "Lantern: " + items.size() + " notifications today" : items.getFirst().title();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
                .append(HtmlEscaper.escape(subject)).append("</title></head><body style=\"font-family:sans-serif;font-size:16px;line-height:1.5\">");
        boolean optional = false;
        for (NotificationRepository.Outgoing item : items) {
            String link = baseUrl + item.link();
            text.append(item.title()).append("\n\n").append(item.body()).append("\n\nOpen in Lantern: ").append(link).append("\n\n");
            html.append("<h2>").append(HtmlEscaper.escape(item.title())).append("</h2><p>").append(HtmlEscaper.escape(item.body()))
                    .append("</p><p><a href=\"").append(HtmlEscaper.escape(link)).append("\">Open in Lantern</a></p>");
            optional |= !item.kind().essential();
        }
        String stop = null;
        if (optional) {
            String preferences = baseUrl + "notifications/preferences";
            stop = baseUrl + "unsubscribe/" + unsubscribe.token(items.getFirst().accountId(), items.stream().map(NotificationRepository.Outgoing::kind).toList());
            text.append("To stop these e-mails: ").append(stop).append("\nTo choose which you get, or one a day: ").append(preferences).append('\n');
            html.append("<p><a href=\"").append(HtmlEscaper.escape(stop)).append("\">Stop these e-mails</a> or <a href=\"")
                    .append(HtmlEscaper.escape(preferences)).append("\">choose which you get, or one a day</a>.</p>");
        }
        html.append("</body></html>");
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text.toString(), html.toString());
            int calendar = 0;
            for (NotificationRepository.Outgoing item : items) {
                if (item.attachment() != null) {
                    String method = item.attachment().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
                    helper.addAttachment(++calendar == 1 ? "invitation.ics" : "invitation-" + calendar + ".ics",
                            new ByteArrayResource(item.attachment().getBytes(StandardCharsets.UTF_8)),
                            "text/calendar; charset=UTF-8; method=" + method);
                }
            }
            if (stop != null) {
                // RFC 8058: a mail program may offer "unsubscribe" and POST to the link, without signing in
                message.setHeader("List-Unsubscribe", "<" + stop + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
        } catch (MessagingException e) {
            throw new MailPreparationException("The e-mail could not be prepared", e);
        }
        mail.send(message);
    }
}
