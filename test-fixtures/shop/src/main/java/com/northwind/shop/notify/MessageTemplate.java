package com.northwind.shop.notify;

import com.northwind.shop.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "message_template")
public class MessageTemplate extends BaseEntity {

    @Column(nullable = false, length = 64)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private NotificationChannel channel;

    @Column(name = "subject_pattern")
    private String subjectPattern;

    @Column(name = "body_pattern", nullable = false, length = 20000)
    private String bodyPattern;

    @Column(nullable = false, length = 5)
    private String locale;

    protected MessageTemplate() {
    }

    public MessageTemplate(String code, NotificationChannel channel, String subjectPattern, String bodyPattern,
            String locale) {
        this.code = code;
        this.channel = channel;
        this.subjectPattern = subjectPattern;
        this.bodyPattern = bodyPattern;
        this.locale = locale;
    }

    public String getCode() {
        return code;
    }

    public NotificationChannel getChannel() {
        return channel;
    }

    public String getSubjectPattern() {
        return subjectPattern;
    }

    public String getBodyPattern() {
        return bodyPattern;
    }

    public String getLocale() {
        return locale;
    }
}
