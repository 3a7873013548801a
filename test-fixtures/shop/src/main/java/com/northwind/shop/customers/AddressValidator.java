package com.northwind.shop.customers;

import com.northwind.shop.common.ShopUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks addresses before they are saved; returns problems instead of throwing so forms can show them all.
 */
@Component
public class AddressValidator {

    private static final Map<String, Pattern> POSTAL_CODES = Map.of(
            "SE", Pattern.compile("\\d{3} ?\\d{2}"),
            "NO", Pattern.compile("\\d{4}"),
            "DK", Pattern.compile("\\d{4}"),
            "FI", Pattern.compile("\\d{5}"),
            "DE", Pattern.compile("\\d{5}"));

    public List<String> validate(Address address) {
        List<String> problems = new ArrayList<>();
        if (ShopUtils.isBlank(address.getStreet())) {
            problems.add("street is missing");
        }
        if (ShopUtils.isBlank(address.getCity())) {
            problems.add("city is missing");
        }
        Pattern postalCode = POSTAL_CODES.get(address.getCountryCode());
        if (postalCode == null) {
            problems.add("the shop does not deliver to " + address.getCountryCode());
        } else if (!postalCode.matcher(address.getPostalCode()).matches()) {
            problems.add("postal code " + address.getPostalCode() + " is invalid for " + address.getCountryCode());
        }
        return problems;
    }

    public boolean isDeliverable(String countryCode) {
        return POSTAL_CODES.containsKey(countryCode);
    }
}
