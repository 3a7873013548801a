package com.northwind.shop.orders;

import com.northwind.shop.common.ShopConstants;
import com.northwind.shop.common.ShopUtils;
import com.northwind.shop.customers.Customer;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes order events as JMS map messages, so that the notification side needs no order classes.
 */
@Component
public class OrderEventPublisher {

    private final JmsTemplate jmsTemplate;

    public OrderEventPublisher(JmsTemplate jmsTemplate) {
        this.jmsTemplate = jmsTemplate;
    }

    public void publishConfirmed(Order order) {
        Customer customer = order.getCustomer();
        Map<String, String> message = new HashMap<>();
        message.put("orderNumber", order.getOrderNumber());
        message.put("email", customer.getEmail());
        message.put("firstName", customer.getFirstName());
        message.put("total", ShopUtils.formatMoney(order.total()));
        message.put("placedOn", ShopUtils.formatDate(ShopUtils.today()));
        if (customer.getPhone() != null) {
            message.put("phone", customer.getPhone());
        }
        jmsTemplate.convertAndSend(ShopConstants.ORDER_CONFIRMED_QUEUE, message);
    }
}
