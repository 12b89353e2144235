package app.stepwise.notifications.internal;

import app.stepwise.shared.PersonNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notice by email when SMTP is configured ({@code spring.mail.host}); otherwise there is no mail sender and
 * nothing is sent. Plain text only, so nothing a publisher wrote can become markup in a mail client.
 */
@Component
public class NoticeMailer {
    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String publicUrl;

    NoticeMailer(ObjectProvider<JavaMailSender> sender, @Value("${stepwise.mail.from:stepwise@localhost}") String from,
                 @Value("${stepwise.public-url:http://localhost:8080}") String publicUrl) {
        this.sender = sender;
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** True when the mail was handed to the SMTP server; a failure is logged and the in-app notice still stands. */
    public boolean send(PersonNotice notice, String toAddress) {
        var mail = sender.getIfAvailable();
        if (mail == null || toAddress == null) {
            return false;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(toAddress);
        message.setSubject(notice.title().replaceAll("[\\r\\n]+", " "));
        message.setText(notice.detail() + (notice.link().isEmpty() ? "" : "\n\nOpen Stepwise: " + publicUrl + notice.link())
                + "\n\n— Stepwise. You get this because it is a reminder about your training.");
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not email the reminder '{}' (person {}): {}", notice.title(), notice.recipient().value(), e.getMessage());
            return false;
        }
    }
}
