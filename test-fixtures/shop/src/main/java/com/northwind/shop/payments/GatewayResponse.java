package com.northwind.shop.payments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a payment gateway reply that the shop uses.
 */
public record GatewayResponse(boolean approved, String reference, String declineCode, String message) {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"?([^\",}]*)\"?");

    public static GatewayResponse declined(String declineCode, String message) {
        return new GatewayResponse(false, null, declineCode, message);
    }

    /** Reads the flat JSON object the gateway returns; nested objects are not expected. */
    public static GatewayResponse fromJson(String json) {
        boolean approved = false;
        String reference = null;
        String declineCode = null;
        String message = null;
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            String value = matcher.group(2);
            switch (matcher.group(1)) {
                case "status" -> approved = "approved".equals(value);
                case "reference" -> reference = value;
                case "decline_code" -> declineCode = value;
                case "message" -> message = value;
                default -> { }
            }
        }
        return new GatewayResponse(approved, reference, declineCode, message);
    }
}
