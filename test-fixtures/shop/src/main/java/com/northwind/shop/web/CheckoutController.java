package com.northwind.shop.web;

import com.northwind.shop.common.ShopUtils;
import com.northwind.shop.orders.CheckoutException;
import com.northwind.shop.orders.CheckoutService;
import com.northwind.shop.orders.Order;
import com.northwind.shop.payments.PaymentMethod;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CheckoutController {

    record CheckoutRequest(Long cartId, PaymentMethod paymentMethod, String cardToken, String discountCode) {
    }

    private final CheckoutService checkoutService;

    public CheckoutController(CheckoutService checkoutService) {
        this.checkoutService = checkoutService;
    }

    @PostMapping("/api/checkout")
    public ResponseEntity<Map<String, String>> checkout(@RequestBody CheckoutRequest request) {
        Long customerId = RequestContext.requireCustomerId();
        try {
            Order order = checkoutService.checkout(request.cartId(), customerId, request.paymentMethod(),
                    request.cardToken(), request.discountCode());
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
                    "orderNumber", order.getOrderNumber(),
                    "total", ShopUtils.formatMoney(order.total())));
        } catch (CheckoutException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of(
                    "error", e.getCode(),
                    "message", e.getMessage()));
        }
    }
}
