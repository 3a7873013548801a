package com.northwind.shop.customers;

import com.northwind.shop.common.BaseEntity;
import com.northwind.shop.common.ShopConstants;
import com.northwind.shop.common.ShopUtils;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A shopper's account; marketing preferences live in the {@code customer_profile} table.
 */
@Entity
@Table(name = "customer")
@SecondaryTable(name = "customer_profile", pkJoinColumns = @PrimaryKeyJoinColumn(name = "customer_id"))
public class Customer extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String phone;

    @Column(name = "failed_logins")
    private int failedLogins;

    private boolean locked;

    @Column(table = "customer_profile", name = "marketing_opt_in")
    private boolean marketingOptIn;

    @Column(table = "customer_profile", name = "preferred_language", length = 5)
    private String preferredLanguage = ShopConstants.DEFAULT_LANGUAGE;

    @Column(table = "customer_profile", name = "birth_date")
    private LocalDate birthDate;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Address> addresses = new ArrayList<>();

    protected Customer() {
    }

    public Customer(String email, String passwordHash, String firstName, String lastName) {
        this.email = ShopUtils.normalizeEmail(email);
        this.passwordHash = passwordHash;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public String displayName() {
        if (ShopUtils.isBlank(firstName)) {
            return email;
        }
        return ShopUtils.isBlank(lastName) ? firstName : firstName + " " + lastName;
    }

    public void recordFailedLogin() {
        failedLogins++;
        if (failedLogins >= ShopConstants.MAX_FAILED_LOGINS) {
            locked = true;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
    }

    public Address addAddress(Address address) {
        address.assignTo(this);
        addresses.add(address);
        return address;
    }

    public Optional<Address> defaultShippingAddress() {
        return addresses.stream().filter(Address::isDefaultShipping).findFirst()
                .or(() -> addresses.stream().findFirst());
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = ShopUtils.trimToNull(phone);
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isMarketingOptIn() {
        return marketingOptIn;
    }

    public void setMarketingOptIn(boolean marketingOptIn) {
        this.marketingOptIn = marketingOptIn;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public List<Address> getAddresses() {
        return addresses;
    }
}
