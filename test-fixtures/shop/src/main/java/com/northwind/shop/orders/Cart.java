package com.northwind.shop.orders;

import com.northwind.shop.common.BaseEntity;
import com.northwind.shop.common.ShopConstants;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "cart")
public class Cart extends BaseEntity {

    @Column(name = "customer_id")
    private Long customerId;

    @Column(nullable = false, length = 3)
    private String currency;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CartItem> items = new ArrayList<>();

    protected Cart() {
    }

    public Cart(Long customerId, String currency) {
        this.customerId = customerId;
        this.currency = currency;
    }

    public CartItem add(String sku, String productName, int quantity, BigDecimal unitPrice, String categoryCode,
            int weightGrams) {
        Optional<CartItem> existing = find(sku);
        if (existing.isPresent()) {
            existing.get().increase(quantity);
            return existing.get();
        }
        if (items.size() >= ShopConstants.MAX_CART_ITEMS) {
            throw new CheckoutException("CART_FULL", "a cart holds at most " + ShopConstants.MAX_CART_ITEMS + " items");
        }
        CartItem item = new CartItem(this, sku, productName, quantity, unitPrice, categoryCode, weightGrams);
        items.add(item);
        return item;
    }

    public boolean remove(String sku) {
        return items.removeIf(item -> item.getSku().equals(sku));
    }

    public Optional<CartItem> find(String sku) {
        return items.stream().filter(item -> item.getSku().equals(sku)).findFirst();
    }

    public void clear() {
        items.clear();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void assignCustomer(Long customerId) {
        this.customerId = customerId;
    }

    public String getCurrency() {
        return currency;
    }

    void setCurrency(String currency) {
        this.currency = currency;
    }

    public List<CartItem> getItems() {
        return items;
    }
}
