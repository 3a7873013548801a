package com.northwind.shop.orders;

import com.northwind.shop.common.ShopUtils;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Order numbers like {@code NW-20261204-0042}: the day, then a counter that restarts each day.
 */
@Component
public class OrderNumberGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final AtomicInteger counter = new AtomicInteger();
    private LocalDate counterDay = ShopUtils.today();

    public synchronized String next() {
        LocalDate today = ShopUtils.today();
        if (!today.equals(counterDay)) {
            counterDay = today;
            counter.set(0);
        }
        return String.format("NW-%s-%04d", DAY.format(today), counter.incrementAndGet());
    }

    public static boolean isValid(String orderNumber) {
        return orderNumber != null && orderNumber.matches("NW-\\d{8}-\\d{4,}");
    }
}
