package org.lantern.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.lantern.base.export.HtmlEscaper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns notifications into e-mails, each with a plain-text and an accessible HTML body, and hands them
 * to the mail server. The subject is the notification's title (never a name or an answer); kinds that
 * are not essential end with a link to turn them off.
 */
@Component
class NotificationMailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final String baseUrl;
    private final String from;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, @Value("${lantern.notifications.base-url}") String baseUrl,
                       @Value("${lantern.notifications.from}") String from) {
        this.sender = sender;
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
        if (optional) {
            String preferences = baseUrl + "notifications/preferences";
            text.append("To stop these e-mails or get one a day, choose on ").append(preferences).append('\n');
            html.append("<p>To stop these e-mails or get one a day, <a href=\"").append(HtmlEscaper.escape(preferences))
                    .append("\">choose your notification settings</a>.</p>");
        }
        html.append("</body></html>");
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text.toString(), html.toString());
            if (optional) {
                message.setHeader("List-Unsubscribe", "<" + baseUrl + "notifications/preferences>");
            }
        } catch (MessagingException e) {
            throw new MailPreparationException("The e-mail could not be prepared", e);
        }
        mail.send(message);
    }
}
