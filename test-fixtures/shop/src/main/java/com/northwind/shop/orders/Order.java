package com.northwind.shop.orders;

import com.northwind.shop.common.BaseEntity;
import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopUtils;
import com.northwind.shop.customers.Customer;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "orders")
public class Order extends BaseEntity {

    @Column(name = "order_number", nullable = false, unique = true, length = 24)
    private String orderNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status = OrderStatus.NEW;

    @Column(nullable = false, length = 3)
    private String currency;

    private BigDecimal subtotal;
    private BigDecimal discount;
    private BigDecimal tax;
    private BigDecimal shipping;

    @Column(name = "total_amount")
    private BigDecimal totalAmount;

    @Column(name = "payment_reference")
    private String paymentReference;

    @Column(name = "placed_at")
    private Instant placedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OrderLine> lines = new ArrayList<>();

    protected Order() {
    }

    public Order(String orderNumber, Customer customer, OrderTotals totals) {
        this.orderNumber = orderNumber;
        this.customer = customer;
        this.currency = totals.currency();
        this.subtotal = totals.subtotal().amount();
        this.discount = totals.discount().amount();
        this.tax = totals.tax().amount();
        this.shipping = totals.shipping().amount();
        this.totalAmount = totals.total().amount();
        this.placedAt = ShopUtils.now();
    }

    public OrderLine addLine(String sku, String productName, int quantity, BigDecimal unitPrice, int weightGrams) {
        OrderLine line = new OrderLine(this, sku, productName, quantity, unitPrice, weightGrams);
        lines.add(line);
        return line;
    }

    public Money total() {
        return new Money(totalAmount, currency);
    }

    public BigDecimal weightKg() {
        int grams = lines.stream().mapToInt(line -> line.getWeightGrams() * line.getQuantity()).sum();
        return BigDecimal.valueOf(grams).movePointLeft(3);
    }

    public void markPaid(String reference) {
        this.paymentReference = reference;
        this.status = OrderStatus.PAID;
    }

    public void changeStatus(OrderStatus newStatus) {
        this.status = newStatus;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Customer getCustomer() {
        return customer;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public List<OrderLine> getLines() {
        return lines;
    }
}
