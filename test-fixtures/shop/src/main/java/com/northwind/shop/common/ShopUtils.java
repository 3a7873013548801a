package com.northwind.shop.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * String, money and date helpers used all over the shop.
 */
public final class ShopUtils {

    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
    private static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Stockholm");
    private static Clock clock = Clock.system(SHOP_ZONE);

    private ShopUtils() {
    }

    public static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }

    public static String trimToNull(String value) {
        if (isBlank(value)) {
            return null;
        }
        return value.trim();
    }

    public static String requireNonBlank(String value, String name) {
        if (isBlank(value)) {
            throw new ShopException("INVALID_ARGUMENT", name + " must not be blank");
        }
        return value.trim();
    }

    public static String normalizeEmail(String email) {
        String trimmed = requireNonBlank(email, "email");
        return trimmed.toLowerCase(Locale.ROOT);
    }

    public static String slugify(String text) {
        String ascii = Normalizer.normalize(requireNonBlank(text, "text"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public static String mask(String value, int visibleAtEnd) {
        if (value == null || value.length() <= visibleAtEnd) {
            return value;
        }
        int hidden = value.length() - visibleAtEnd;
        return "*".repeat(hidden) + value.substring(hidden);
    }

    public static BigDecimal roundMoney(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return roundMoney(amount.multiply(percent).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_EVEN));
    }

    public static String formatMoney(Money money) {
        return money.amount().toPlainString() + " " + money.currency();
    }

    public static Instant now() {
        return clock.instant();
    }

    public static LocalDate today() {
        return LocalDate.now(clock);
    }

    public static String formatDate(LocalDate date) {
        return date == null ? "" : DISPLAY_DATE.format(date);
    }

    public static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    public static Instant plusMinutes(Instant start, long minutes) {
        return start.plus(minutes, ChronoUnit.MINUTES);
    }

    /** Replaces the clock; only tests call this. */
    static void useClock(Clock testClock) {
        clock = testClock;
    }
}
