package com.northwind.shop.customers;

import com.northwind.shop.common.ShopConstants;
import com.northwind.shop.common.ShopUtils;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Values and template code for the welcome email sent after registration.
 */
public class WelcomeEmailTemplate {

    private static final Set<String> TRANSLATED = Set.of("en", "sv", "de");

    private final String firstName;
    private final String email;
    private final String language;

    public WelcomeEmailTemplate(String firstName, String email, String language) {
        this.firstName = firstName;
        this.email = email;
        this.language = TRANSLATED.contains(language) ? language : ShopConstants.DEFAULT_LANGUAGE;
    }

    public String templateCode() {
        return "welcome-" + language;
    }

    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", ShopUtils.isBlank(firstName) ? "there" : firstName);
        values.put("email", email);
        values.put("since", ShopUtils.formatDate(ShopUtils.today()));
        return values;
    }

    public String getEmail() {
        return email;
    }
}
