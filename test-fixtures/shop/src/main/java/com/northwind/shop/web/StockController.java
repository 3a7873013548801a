package com.northwind.shop.web;

import com.northwind.shop.catalog.AvailabilityChecker;
import com.northwind.shop.inventory.StockMovement;
import com.northwind.shop.inventory.StockService;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stock")
public class StockController {

    record AdjustmentRequest(String warehouseCode, int delta, String reason) {
    }

    private final StockService stockService;
    private final AvailabilityChecker availabilityChecker;

    public StockController(StockService stockService, AvailabilityChecker availabilityChecker) {
        this.stockService = stockService;
        this.availabilityChecker = availabilityChecker;
    }

    @GetMapping("/{sku}")
    public Map<String, Object> level(@PathVariable String sku) {
        return Map.of(
                "sku", sku,
                "available", stockService.availableQuantity(sku),
                "badge", availabilityChecker.badgeFor(sku));
    }

    @PostMapping("/{sku}/adjustments")
    public String adjust(@PathVariable String sku, @RequestBody AdjustmentRequest request) {
        StockMovement movement = stockService.adjust(sku, request.warehouseCode(), request.delta(), request.reason());
        return movement.toString();
    }
}
