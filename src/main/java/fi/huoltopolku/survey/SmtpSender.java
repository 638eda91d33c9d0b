package fi.huoltopolku.survey;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends e-mail through an SMTP server ({@code huoltopolku.smtp.host}, {@code .port}, {@code .from},
 * {@code .username}, {@code .password}; secrets from the environment). SMS messages stay recorded.
 */
@Singleton
@Primary
@Requires(property = "huoltopolku.smtp.host")
class SmtpSender implements MessageSender {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpSender.class);

    private final Session session;
    private final String from;

    SmtpSender(@Value("${huoltopolku.smtp.host}") String host, @Value("${huoltopolku.smtp.port:25}") int port,
            @Value("${huoltopolku.smtp.from:huoltopolku@localhost}") String from,
            @Value("${huoltopolku.smtp.username:}") String username,
            @Value("${huoltopolku.smtp.password:}") String password,
            @Value("${huoltopolku.smtp.starttls:false}") boolean starttls) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "5000");
        if (!username.isBlank()) {
            props.put("mail.smtp.auth", "true");
            this.session = Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username, password);
                }
            });
        } else {
            this.session = Session.getInstance(props);
        }
        this.from = from;
    }

    @Override
    public MessageStatus send(OutboxMessage message) {
        return deliver(message).status();
    }

    /** Sends an e-mail message; its failure's reason travels with its own answer (no state shared by sends). */
    @Override
    public Delivery deliver(OutboxMessage message) {
        if (message.channel() != MessageChannel.EMAIL) {
            return new Delivery(MessageStatus.RECORDED, null);
        }
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(from));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient()));
            mail.setSubject(message.subject(), "UTF-8");
            mail.setText(message.body(), "UTF-8");
            Transport.send(mail);
            return new Delivery(MessageStatus.SENT, null);
        } catch (MessagingException e) {
            LOG.warn("Sending a message to {} failed: {}", message.recipient(), e.getMessage());
            return new Delivery(MessageStatus.FAILED, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public Delivery deliverMail(String to, String subject, String body, Attachment attachment) {
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(from));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            mail.setSubject(subject, "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(
                    new ByteArrayDataSource(attachment.bytes(), attachment.contentType())));
            file.setFileName(attachment.fileName());
            mail.setContent(new MimeMultipart(text, file));
            Transport.send(mail);
            return new Delivery(MessageStatus.SENT, null);
        } catch (MessagingException e) {
            LOG.warn("Sending a report to {} failed: {}", to, e.getMessage());
            return new Delivery(MessageStatus.FAILED, String.valueOf(e.getMessage()));
        }
    }
}
