package com.northwind.shop.orders;

import com.northwind.shop.common.BaseEntity;
import com.northwind.shop.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "order_line")
public class OrderLine extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(nullable = false, length = 32)
    private String sku;

    @Column(name = "product_name", nullable = false)
    private String productName;

    private int quantity;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "weight_grams")
    private int weightGrams;

    protected OrderLine() {
    }

    OrderLine(Order order, String sku, String productName, int quantity, BigDecimal unitPrice, int weightGrams) {
        this.order = order;
        this.sku = sku;
        this.productName = productName;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.weightGrams = weightGrams;
    }

    public Money lineTotal() {
        return new Money(unitPrice, order.getCurrency()).times(quantity);
    }

    public String getSku() {
        return sku;
    }

    public String getProductName() {
        return productName;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public int getWeightGrams() {
        return weightGrams;
    }
}
