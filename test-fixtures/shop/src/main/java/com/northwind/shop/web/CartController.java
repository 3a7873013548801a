package com.northwind.shop.web;

import com.northwind.shop.common.ShopConstants;
import com.northwind.shop.common.ShopUtils;
import com.northwind.shop.customers.SessionToken;
import com.northwind.shop.orders.Cart;
import com.northwind.shop.orders.CartItem;
import com.northwind.shop.orders.CartService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/carts")
public class CartController {

    record AddItemRequest(String sku, int quantity) {
    }

    private final CartService cartService;

    public CartController(CartService cartService) {
        this.cartService = cartService;
    }

    @PostMapping
    public Map<String, Object> create() {
        Long customerId = RequestContext.current().map(SessionToken::getCustomerId).orElse(null);
        return view(cartService.create(customerId, ShopConstants.DEFAULT_CURRENCY));
    }

    @GetMapping("/{cartId}")
    public Map<String, Object> get(@PathVariable Long cartId) {
        return view(cartService.get(cartId));
    }

    @PostMapping("/{cartId}/items")
    public Map<String, Object> addItem(@PathVariable Long cartId, @RequestBody AddItemRequest request) {
        cartService.addItem(cartId, request.sku(), request.quantity());
        return view(cartService.get(cartId));
    }

    @DeleteMapping("/{cartId}/items/{sku}")
    public Map<String, Object> removeItem(@PathVariable Long cartId, @PathVariable String sku) {
        cartService.removeItem(cartId, sku);
        return view(cartService.get(cartId));
    }

    private Map<String, Object> view(Cart cart) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", cart.getId());
        List<String> items = cart.getItems().stream().map(CartController::describe).toList();
        view.put("items", items);
        view.put("subtotal", ShopUtils.formatMoney(cartService.subtotal(cart)));
        return view;
    }

    private static String describe(CartItem item) {
        return item.getQuantity() + " x " + item.getProductName() + " (" + item.getSku() + ")";
    }
}
