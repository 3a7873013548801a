package com.northwind.shop.notify;

import java.util.Objects;

/**
 * A rendered message ready for a sender.
 */
public final class OutboundMessage {

    private final NotificationChannel channel;
    private final String recipient;
    private final String subject;
    private final String body;

    public OutboundMessage(NotificationChannel channel, String recipient, String subject, String body) {
        this.channel = Objects.requireNonNull(channel);
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = subject;
        this.body = body.length() > channel.maxBodyLength() ? body.substring(0, channel.maxBodyLength()) : body;
    }

    public NotificationChannel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }
}
