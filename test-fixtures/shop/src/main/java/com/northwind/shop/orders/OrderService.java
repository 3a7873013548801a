package com.northwind.shop.orders;

import com.northwind.shop.common.ShopException;
import com.northwind.shop.customers.Address;
import com.northwind.shop.customers.Customer;
import com.northwind.shop.customers.CustomerService;
import com.northwind.shop.inventory.ReservationService;
import com.northwind.shop.payments.Payment;
import com.northwind.shop.payments.RefundService;
import com.northwind.shop.persistence.OrderJdbcDao;
import com.northwind.shop.persistence.OrderRepository;
import com.northwind.shop.shipping.ParcelDimensions;
import com.northwind.shop.shipping.ShipmentService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderService implements OrderPaymentCallback {

    private final OrderRepository orders;
    private final OrderJdbcDao orderDao;
    private final RefundService refundService;
    private final ReservationService reservationService;
    private final ShipmentService shipmentService;
    private final CustomerService customerService;
    private final OrderEventPublisher events;

    public OrderService(OrderRepository orders, OrderJdbcDao orderDao, RefundService refundService,
            ReservationService reservationService, ShipmentService shipmentService,
            CustomerService customerService, OrderEventPublisher events) {
        this.orders = orders;
        this.orderDao = orderDao;
        this.refundService = refundService;
        this.reservationService = reservationService;
        this.shipmentService = shipmentService;
        this.customerService = customerService;
        this.events = events;
    }

    public Order get(String orderNumber) {
        return orders.findByOrderNumber(orderNumber)
                .orElseThrow(() -> new ShopException("ORDER_NOT_FOUND", "no order " + orderNumber));
    }

    @Transactional
    public Order create(String orderNumber, Customer customer, Cart cart, OrderTotals totals) {
        Order order = new Order(orderNumber, customer, totals);
        for (CartItem item : cart.getItems()) {
            order.addLine(item.getSku(), item.getProductName(), item.getQuantity(), item.getUnitPrice(),
                    item.getWeightGrams());
        }
        return orders.save(order);
    }

    @Override
    @Transactional
    public void paymentCaptured(String orderNumber, Payment payment) {
        Order order = get(orderNumber);
        order.markPaid(payment.getGatewayReference());
        reservationService.confirm(orderNumber);
        Address address = customerService.shippingAddress(order.getCustomer().getId());
        shipmentService.createShipment(orderNumber, address, ParcelDimensions.forWeight(order.weightKg()),
                order.getCurrency());
        events.publishConfirmed(order);
    }

    @Override
    @Transactional
    public void paymentFailed(String orderNumber, String reason) {
        orderDao.updateStatus(orderNumber, OrderStatus.PAYMENT_FAILED.name());
        reservationService.release(orderNumber);
    }

    @Transactional
    public void cancel(String orderNumber, String reason) {
        Order order = get(orderNumber);
        if (!order.getStatus().canCancel()) {
            throw new ShopException("NOT_CANCELLABLE", "order " + orderNumber + " is " + order.getStatus());
        }
        if (order.getStatus() == OrderStatus.PAID) {
            refundService.refundFull(orderNumber, reason);
        }
        reservationService.release(orderNumber);
        order.changeStatus(OrderStatus.CANCELLED);
    }

    @Transactional
    public void markRefunded(String orderNumber) {
        orderDao.updateStatus(orderNumber, OrderStatus.REFUNDED.name());
    }

    @Transactional
    public void markShipped(String orderNumber) {
        orderDao.updateStatus(orderNumber, OrderStatus.SHIPPED.name());
    }
}
