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
@Table(name = "cart_item")
public class CartItem extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "cart_id")
    private Cart cart;

    @Column(nullable = false, length = 32)
    private String sku;

    @Column(name = "product_name")
    private String productName;

    private int quantity;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "category_code")
    private String categoryCode;

    @Column(name = "weight_grams")
    private int weightGrams;

    protected CartItem() {
    }

    CartItem(Cart cart, String sku, String productName, int quantity, BigDecimal unitPrice, String categoryCode,
            int weightGrams) {
        this.cart = cart;
        this.sku = sku;
        this.productName = productName;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.categoryCode = categoryCode;
        this.weightGrams = weightGrams;
    }

    void increase(int extra) {
        quantity += extra;
    }

    void reprice(BigDecimal newUnitPrice) {
        unitPrice = newUnitPrice;
    }

    public Money lineTotal() {
        return new Money(unitPrice, cart.getCurrency()).times(quantity);
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

    public String getCategoryCode() {
        return categoryCode;
    }

    public int getWeightGrams() {
        return weightGrams;
    }
}
