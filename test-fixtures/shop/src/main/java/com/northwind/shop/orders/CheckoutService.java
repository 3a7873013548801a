package com.northwind.shop.orders;

import com.northwind.shop.ShopConfiguration;
import com.northwind.shop.common.Money;
import com.northwind.shop.customers.Address;
import com.northwind.shop.customers.Customer;
import com.northwind.shop.customers.CustomerService;
import com.northwind.shop.inventory.ReservationService;
import com.northwind.shop.payments.PaymentDeclinedException;
import com.northwind.shop.payments.PaymentMethod;
import com.northwind.shop.payments.PaymentService;
import com.northwind.shop.persistence.OrderJdbcDao;
import org.springframework.stereotype.Service;

/**
 * Turns a cart into a paid order: stock check, totals, reservation, payment.
 */
@Service
public class CheckoutService {

    private final CartService cartService;
    private final OrderService orderService;
    private final CustomerService customerService;
    private final TaxCalculator taxCalculator;
    private final DiscountService discountService;
    private final ShippingRateCalculator shippingRates;
    private final ReservationService reservationService;
    private final PaymentService paymentService;
    private final OrderNumberGenerator orderNumbers;
    private final OrderJdbcDao orderDao;
    private final ShopConfiguration configuration;

    public CheckoutService(CartService cartService, OrderService orderService, CustomerService customerService,
            TaxCalculator taxCalculator, DiscountService discountService, ShippingRateCalculator shippingRates,
            ReservationService reservationService, PaymentService paymentService,
            OrderNumberGenerator orderNumbers, OrderJdbcDao orderDao, ShopConfiguration configuration) {
        this.cartService = cartService;
        this.orderService = orderService;
        this.customerService = customerService;
        this.taxCalculator = taxCalculator;
        this.discountService = discountService;
        this.shippingRates = shippingRates;
        this.reservationService = reservationService;
        this.paymentService = paymentService;
        this.orderNumbers = orderNumbers;
        this.orderDao = orderDao;
        this.configuration = configuration;
    }

    public Order checkout(Long cartId, Long customerId, PaymentMethod method, String cardToken, String discountCode) {
        Cart cart = cartService.get(cartId);
        if (cart.isEmpty()) {
            throw new CheckoutException("EMPTY_CART", "cart " + cartId + " is empty");
        }
        Customer customer = customerService.get(customerId);
        Address address = customerService.shippingAddress(customerId);
        for (CartItem item : cart.getItems()) {
            // Reads stock_level directly; one query is cheaper than a call per item to StockService.
            if (orderDao.availableStock(item.getSku()) < item.getQuantity()) {
                throw new CheckoutException("OUT_OF_STOCK", item.getProductName() + " is no longer in stock");
            }
        }
        OrderTotals totals = totals(cart, address.getCountryCode(), discountCode);
        String orderNumber = orderNumbers.next();
        Order order = orderService.create(orderNumber, customer, cart, totals);
        for (CartItem item : cart.getItems()) {
            reservationService.reserve(orderNumber, item.getSku(), item.getQuantity(), address.getCountryCode());
        }
        try {
            paymentService.authorizeAndCapture(orderNumber, totals.total(), method, cardToken);
        } catch (PaymentDeclinedException e) {
            throw new CheckoutException("PAYMENT_DECLINED", "payment for " + orderNumber + " was declined", e);
        }
        cartService.clear(cart);
        return order;
    }

    public OrderTotals totals(Cart cart, String countryCode, String discountCode) {
        Money subtotal = cartService.subtotal(cart);
        Money discount = discountService.discountFor(subtotal, discountCode);
        Money tax = taxCalculator.taxFor(cart.getItems(), cart.getCurrency());
        Money shipping = subtotal.isGreaterThan(configuration.freeShippingThreshold(cart.getCurrency()))
                ? Money.zero(cart.getCurrency())
                : shippingRates.quote(countryCode, cartService.weightKg(cart), cart.getCurrency());
        return new OrderTotals(subtotal, discount, tax, shipping);
    }
}
