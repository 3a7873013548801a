package com.northwind.shop.orders;

import com.northwind.shop.ShopConfiguration;
import com.northwind.shop.catalog.PriceService;
import com.northwind.shop.catalog.Product;
import com.northwind.shop.catalog.ProductService;
import com.northwind.shop.common.ExchangeRates;
import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopUtils;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CartService {

    @PersistenceContext
    private EntityManager entityManager;

    private final ProductService productService;
    private final PriceService priceService;
    private final ShopConfiguration configuration;

    public CartService(ProductService productService, PriceService priceService, ShopConfiguration configuration) {
        this.productService = productService;
        this.priceService = priceService;
        this.configuration = configuration;
    }

    public Cart get(Long cartId) {
        Cart cart = entityManager.find(Cart.class, cartId);
        if (cart == null || isExpired(cart)) {
            throw new CheckoutException("CART_NOT_FOUND", "cart " + cartId + " does not exist or has expired");
        }
        return cart;
    }

    @Transactional
    public Cart create(Long customerId, String currency) {
        Cart cart = new Cart(customerId, currency);
        entityManager.persist(cart);
        return cart;
    }

    @Transactional
    public CartItem addItem(Long cartId, String sku, int quantity) {
        if (quantity <= 0) {
            throw new CheckoutException("INVALID_QUANTITY", "quantity must be positive, was " + quantity);
        }
        Cart cart = get(cartId);
        if (!productService.isOrderable(sku, quantity)) {
            throw new CheckoutException("NOT_ORDERABLE", sku + " cannot be ordered in quantity " + quantity);
        }
        Product product = productService.findBySku(sku);
        Money price = priceService.currentPrice(sku, cart.getCurrency());
        return cart.add(sku, product.getName(), quantity, price.amount(), product.primaryCategoryCode(),
                product.getWeightGrams());
    }

    @Transactional
    public void removeItem(Long cartId, String sku) {
        get(cartId).remove(sku);
    }

    @Transactional
    public void changeCurrency(Long cartId, String newCurrency) {
        Cart cart = get(cartId);
        ExchangeRates rates = ExchangeRates.getInstance();
        for (CartItem item : cart.getItems()) {
            Money converted = rates.convert(new Money(item.getUnitPrice(), cart.getCurrency()), newCurrency);
            item.reprice(converted.amount());
        }
        cart.setCurrency(newCurrency);
    }

    public Money subtotal(Cart cart) {
        Money total = Money.zero(cart.getCurrency());
        for (CartItem item : cart.getItems()) {
            total = total.plus(item.lineTotal());
        }
        return total;
    }

    public BigDecimal weightKg(Cart cart) {
        int grams = cart.getItems().stream().mapToInt(item -> item.getWeightGrams() * item.getQuantity()).sum();
        return BigDecimal.valueOf(grams).movePointLeft(3);
    }

    @Transactional
    public void clear(Cart cart) {
        cart.clear();
        entityManager.merge(cart);
    }

    private boolean isExpired(Cart cart) {
        Instant expiry = ShopUtils.plusMinutes(cart.getUpdatedAt(), configuration.getCartExpiryMinutes());
        return ShopUtils.now().isAfter(expiry);
    }
}
