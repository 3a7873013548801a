package com.northwind.shop.shipping;

import com.northwind.shop.customers.Address;
import org.springframework.stereotype.Component;

/**
 * Builds ZPL for the warehouse's thermal label printers.
 */
@Component
public class LabelPrinter {

    public String zpl(Shipment shipment) {
        Address address = shipment.getAddress();
        StringBuilder label = new StringBuilder();
        label.append("^XA\n");
        label.append("^FO50,40^A0N,40,40^FD").append(shipment.getCarrier().getName()).append("^FS\n");
        label.append("^FO50,100^A0N,30,30^FD").append(escape(address.getStreet())).append("^FS\n");
        label.append("^FO50,140^A0N,30,30^FD").append(address.getPostalCode()).append(' ')
                .append(escape(address.getCity())).append("^FS\n");
        label.append("^FO50,180^A0N,30,30^FD").append(address.getCountryCode()).append("^FS\n");
        label.append("^FO50,240^BCN,120,Y,N,N^FD").append(shipment.getTrackingNumber()).append("^FS\n");
        label.append("^FO50,400^A0N,25,25^FDOrder ").append(shipment.getOrderNumber()).append("^FS\n");
        label.append("^XZ\n");
        return label.toString();
    }

    private static String escape(String text) {
        return text.replace("^", " ").replace("~", " ");
    }
}
