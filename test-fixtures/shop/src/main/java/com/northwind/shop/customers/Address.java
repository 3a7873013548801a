package com.northwind.shop.customers;

import com.northwind.shop.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "address")
public class Address extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 12)
    private String postalCode;

    @Column(nullable = false)
    private String city;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(name = "default_shipping")
    private boolean defaultShipping;

    protected Address() {
    }

    public Address(String recipient, String street, String postalCode, String city, String countryCode) {
        this.recipient = recipient;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.countryCode = countryCode;
    }

    void assignTo(Customer owner) {
        this.customer = owner;
    }

    public String singleLine() {
        return recipient + ", " + street + ", " + postalCode + " " + city + ", " + countryCode;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public boolean isDefaultShipping() {
        return defaultShipping;
    }

    public void setDefaultShipping(boolean defaultShipping) {
        this.defaultShipping = defaultShipping;
    }
}
