package com.northwind.shop.payments;

import com.northwind.shop.common.BaseEntity;
import com.northwind.shop.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "refund")
public class Refund extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "payment_id")
    private Payment payment;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    private String reason;

    @Column(name = "gateway_reference")
    private String gatewayReference;

    @Column(name = "created_by")
    private String createdBy;

    protected Refund() {
    }

    public Refund(Payment payment, Money amount, String reason, String gatewayReference, String createdBy) {
        this.payment = payment;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.reason = reason;
        this.gatewayReference = gatewayReference;
        this.createdBy = createdBy;
    }

    public Payment getPayment() {
        return payment;
    }

    public Money toMoney() {
        return new Money(amount, currency);
    }

    public String getReason() {
        return reason;
    }

    public String getGatewayReference() {
        return gatewayReference;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
