package com.northwind.shop.notify;

import com.northwind.shop.common.ShopUtils;
import com.northwind.shop.customers.WelcomeEmailTemplate;
import com.northwind.shop.persistence.NotificationLogDao;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The one place that sends email and SMS; every message is logged with its outcome.
 */
@Service
public class NotificationService {

    private final TemplateRenderer renderer;
    private final EmailSender emailSender;
    private final SmsSender smsSender;
    private final NotificationLogDao notificationLog;

    public NotificationService(TemplateRenderer renderer, EmailSender emailSender, SmsSender smsSender,
            NotificationLogDao notificationLog) {
        this.renderer = renderer;
        this.emailSender = emailSender;
        this.smsSender = smsSender;
        this.notificationLog = notificationLog;
    }

    public boolean sendEmail(String email, String templateCode, Map<String, String> values) {
        OutboundMessage message = renderer.render(templateCode, ShopUtils.normalizeEmail(email), values);
        return deliver(templateCode, message);
    }

    public boolean sendSms(String phone, String templateCode, Map<String, String> values) {
        if (ShopUtils.isBlank(phone)) {
            return false;
        }
        OutboundMessage message = renderer.render(templateCode, phone.replace(" ", ""), values);
        return deliver(templateCode, message);
    }

    public boolean sendWelcome(String firstName, String email, String language) {
        WelcomeEmailTemplate template = new WelcomeEmailTemplate(firstName, email, language);
        return sendEmail(template.getEmail(), template.templateCode(), template.values());
    }

    private boolean deliver(String templateCode, OutboundMessage message) {
        boolean sent = switch (message.getChannel()) {
            case EMAIL -> emailSender.send(message);
            case SMS -> smsSender.send(message);
        };
        notificationLog.record(templateCode, message.getChannel().name(), ShopUtils.mask(message.getRecipient(), 4), sent);
        return sent;
    }
}
