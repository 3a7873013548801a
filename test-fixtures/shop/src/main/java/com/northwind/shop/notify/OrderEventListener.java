package com.northwind.shop.notify;

import com.northwind.shop.common.ShopConstants;
import java.util.Map;
import org.springframework.jms.annotation.JmsListener;
import org.springframework.stereotype.Component;

/**
 * Sends the order confirmation once checkout has published the order to the queue.
 */
@Component
public class OrderEventListener {

    private final NotificationService notificationService;

    public OrderEventListener(NotificationService notificationService) {
        this.notificationService = notificationService;
    }

    @JmsListener(destination = ShopConstants.ORDER_CONFIRMED_QUEUE)
    public void onOrderConfirmed(Map<String, String> message) {
        String email = message.get("email");
        if (email == null) {
            return;
        }
        notificationService.sendEmail(email, "order-confirmed", message);
        String phone = message.get("phone");
        if (phone != null) {
            notificationService.sendSms(phone, "order-confirmed-sms", message);
        }
    }
}
