package com.northwind.shop.shipping;

import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopException;
import com.northwind.shop.customers.Address;
import com.northwind.shop.inventory.WarehouseSelector;
import com.northwind.shop.notify.NotificationService;
import com.northwind.shop.orders.ShippingRateCalculator;
import com.northwind.shop.persistence.ShipmentRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ShipmentService {

    @PersistenceContext
    private EntityManager entityManager;

    private final ShipmentRepository shipments;
    private final CarrierClient carrierClient;
    private final ShippingRateCalculator rateCalculator;
    private final WarehouseSelector warehouseSelector;
    private final NotificationService notificationService;
    private final LabelPrinter labelPrinter;

    public ShipmentService(ShipmentRepository shipments, CarrierClient carrierClient,
            ShippingRateCalculator rateCalculator, WarehouseSelector warehouseSelector,
            NotificationService notificationService, LabelPrinter labelPrinter) {
        this.shipments = shipments;
        this.carrierClient = carrierClient;
        this.rateCalculator = rateCalculator;
        this.warehouseSelector = warehouseSelector;
        this.notificationService = notificationService;
        this.labelPrinter = labelPrinter;
    }

    /** Creates the shipment of a paid order; every order ships whole from the default warehouse. */
    @Transactional
    public Shipment createShipment(String orderNumber, Address address, ParcelDimensions parcel, String currency) {
        Money cost = rateCalculator.quote(address.getCountryCode(), parcel.chargeableWeightKg(), currency);
        String warehouse = warehouseSelector.defaultWarehouse();
        return shipments.save(new Shipment(orderNumber, address, warehouse, parcel.weightKg(), cost));
    }

    /** Books the carrier, prints the label and texts the customer the tracking link. */
    @Transactional
    public String dispatch(Long shipmentId) {
        Shipment shipment = shipments.findById(shipmentId)
                .orElseThrow(() -> new ShopException("SHIPMENT_NOT_FOUND", "no shipment " + shipmentId));
        Carrier carrier = carrierFor(shipment.getAddress().getCountryCode());
        String trackingNumber = carrierClient.bookPickup(shipment, ParcelDimensions.forWeight(shipment.getWeightKg()));
        shipment.markDispatched(carrier, trackingNumber);
        String label = labelPrinter.zpl(shipment);
        Map<String, String> values = new HashMap<>();
        values.put("orderNumber", shipment.getOrderNumber());
        values.put("trackingUrl", carrier.trackingUrl(trackingNumber));
        notificationService.sendSms(shipment.getAddress().getCustomer().getPhone(), "shipment-dispatched", values);
        return label;
    }

    private Carrier carrierFor(String countryCode) {
        List<Carrier> carriers = entityManager
                .createQuery("select c from Carrier c where c.active = true order by c.code", Carrier.class)
                .getResultList();
        return carriers.stream().filter(carrier -> carrier.delivers(countryCode)).findFirst()
                .orElseThrow(() -> new ShopException("NO_CARRIER", "no carrier delivers to " + countryCode));
    }
}
