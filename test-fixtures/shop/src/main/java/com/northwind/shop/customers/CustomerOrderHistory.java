package com.northwind.shop.customers;

import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopConstants;
import com.northwind.shop.orders.Order;
import com.northwind.shop.orders.OrderStatus;
import com.northwind.shop.persistence.OrderRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The "my orders" page of a customer's account.
 */
@Component
public class CustomerOrderHistory {

    private final OrderRepository orders;

    public CustomerOrderHistory(OrderRepository orders) {
        this.orders = orders;
    }

    public List<Order> recentOrders(Long customerId, int limit) {
        return orders.findTop20ByCustomerIdOrderByPlacedAtDesc(customerId).stream().limit(limit).toList();
    }

    public Money totalSpent(Long customerId) {
        Money total = Money.zero(ShopConstants.DEFAULT_CURRENCY);
        for (Order order : orders.findTop20ByCustomerIdOrderByPlacedAtDesc(customerId)) {
            if (order.getStatus() != OrderStatus.CANCELLED && order.getStatus() != OrderStatus.REFUNDED
                    && order.getCurrency().equals(total.currency())) {
                total = total.plus(order.total());
            }
        }
        return total;
    }
}
