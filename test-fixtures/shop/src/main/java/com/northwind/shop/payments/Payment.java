package com.northwind.shop.payments;

import com.northwind.shop.common.BaseEntity;
import com.northwind.shop.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "payment")
public class Payment extends BaseEntity {

    @Column(name = "order_number", nullable = false, length = 24)
    private String orderNumber;

    @Enumerated(EnumType.STRING)
    private PaymentMethod method;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status = PaymentStatus.PENDING;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "refunded_amount", nullable = false)
    private BigDecimal refundedAmount = BigDecimal.ZERO;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "gateway_reference")
    private String gatewayReference;

    @Column(name = "masked_card")
    private String maskedCard;

    @Column(name = "failure_code")
    private String failureCode;

    protected Payment() {
    }

    public Payment(String orderNumber, PaymentMethod method, Money amount) {
        this.orderNumber = orderNumber;
        this.method = method;
        this.amount = amount.amount();
        this.currency = amount.currency();
    }

    public void markAuthorized(String reference) {
        this.gatewayReference = reference;
        this.status = PaymentStatus.AUTHORIZED;
    }

    public void markCaptured() {
        this.status = PaymentStatus.CAPTURED;
    }

    public void markFailed(String code) {
        this.failureCode = code;
        this.status = PaymentStatus.FAILED;
    }

    public void addRefund(Money refund) {
        refundedAmount = refundedAmount.add(refund.amount());
        status = refundableAmount().amount().signum() == 0 ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
    }

    public Money refundableAmount() {
        return new Money(amount.subtract(refundedAmount), currency);
    }

    public Money toMoney() {
        return new Money(amount, currency);
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getGatewayReference() {
        return gatewayReference;
    }

    public String getMaskedCard() {
        return maskedCard;
    }

    public void setMaskedCard(String maskedCard) {
        this.maskedCard = maskedCard;
    }
}
