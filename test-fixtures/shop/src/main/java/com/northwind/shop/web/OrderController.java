package com.northwind.shop.web;

import com.northwind.shop.common.ShopException;
import com.northwind.shop.common.ShopUtils;
import com.northwind.shop.customers.CustomerOrderHistory;
import com.northwind.shop.orders.Order;
import com.northwind.shop.orders.OrderService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderController {

    private final OrderService orderService;
    private final CustomerOrderHistory history;

    public OrderController(OrderService orderService, CustomerOrderHistory history) {
        this.orderService = orderService;
        this.history = history;
    }

    @GetMapping
    public List<Map<String, Object>> myOrders() {
        return history.recentOrders(RequestContext.requireCustomerId(), 10).stream().map(OrderController::view)
                .toList();
    }

    @GetMapping("/{orderNumber}")
    public Map<String, Object> order(@PathVariable String orderNumber) {
        return view(ownOrder(orderNumber));
    }

    @PostMapping("/{orderNumber}/cancel")
    public Map<String, Object> cancel(@PathVariable String orderNumber, @RequestBody Map<String, String> body) {
        ownOrder(orderNumber);
        orderService.cancel(orderNumber, body.getOrDefault("reason", "cancelled by customer"));
        return view(orderService.get(orderNumber));
    }

    /** Called by the warehouse system once the parcel has left. */
    @PostMapping("/{orderNumber}/shipped")
    public void shipped(@PathVariable String orderNumber) {
        orderService.markShipped(orderNumber);
    }

    private Order ownOrder(String orderNumber) {
        Order order = orderService.get(orderNumber);
        if (!order.getCustomer().getId().equals(RequestContext.requireCustomerId())) {
            throw new ShopException("ORDER_NOT_FOUND", "no order " + orderNumber);
        }
        return order;
    }

    private static Map<String, Object> view(Order order) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("orderNumber", order.getOrderNumber());
        view.put("status", order.getStatus().name());
        view.put("total", ShopUtils.formatMoney(order.total()));
        view.put("lines", order.getLines().size());
        return view;
    }
}
