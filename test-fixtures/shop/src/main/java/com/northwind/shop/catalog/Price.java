package com.northwind.shop.catalog;

import com.northwind.shop.common.BaseEntity;
import com.northwind.shop.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "price")
public class Price extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Price() {
    }

    public Price(Product product, Money money, LocalDate validFrom) {
        this.product = product;
        this.amount = money.amount();
        this.currency = money.currency();
        this.validFrom = validFrom;
    }

    public boolean isValidOn(LocalDate date) {
        boolean started = !date.isBefore(validFrom);
        boolean notEnded = validTo == null || date.isBefore(validTo);
        return started && notEnded;
    }

    public void closeOn(LocalDate date) {
        this.validTo = date;
    }

    public Money toMoney() {
        return new Money(amount, currency);
    }

    public Product getProduct() {
        return product;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
