package com.northwind.shop.notify;

public enum NotificationChannel {
    EMAIL,
    SMS;

    public int maxBodyLength() {
        return this == SMS ? 160 : 100_000;
    }
}
