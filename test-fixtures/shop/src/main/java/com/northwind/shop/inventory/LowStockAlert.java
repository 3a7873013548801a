package com.northwind.shop.inventory;

import com.northwind.shop.common.ShopConstants;
import com.northwind.shop.notify.NotificationService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tells purchasing when an item runs low.
 */
@Component
public class LowStockAlert {

    private final NotificationService notificationService;

    public LowStockAlert(NotificationService notificationService) {
        this.notificationService = notificationService;
    }

    public void send(String sku, int available) {
        Map<String, String> values = new HashMap<>();
        values.put("sku", sku);
        values.put("available", Integer.toString(available));
        notificationService.sendEmail(ShopConstants.PURCHASING_EMAIL, "low-stock", values);
    }
}
