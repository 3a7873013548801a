package com.northwind.shop.shipping;

import com.northwind.shop.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "carrier")
public class Carrier extends BaseEntity {

    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "tracking_url_pattern")
    private String trackingUrlPattern;

    @Column(name = "countries", length = 200)
    private String countries;

    private boolean active = true;

    protected Carrier() {
    }

    public Carrier(String code, String name, String trackingUrlPattern, String countries) {
        this.code = code;
        this.name = name;
        this.trackingUrlPattern = trackingUrlPattern;
        this.countries = countries;
    }

    public String trackingUrl(String trackingNumber) {
        return trackingUrlPattern.replace("{tracking}", trackingNumber);
    }

    public boolean delivers(String countryCode) {
        return active && ("," + countries + ",").contains("," + countryCode + ",");
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
