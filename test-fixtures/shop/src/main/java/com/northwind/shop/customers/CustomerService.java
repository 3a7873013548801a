package com.northwind.shop.customers;

import com.northwind.shop.common.ShopException;
import com.northwind.shop.persistence.CustomerJdbcDao;
import com.northwind.shop.persistence.CustomerRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CustomerService {

    private final CustomerRepository customers;
    private final CustomerJdbcDao customerDao;
    private final AddressValidator addressValidator;

    public CustomerService(CustomerRepository customers, CustomerJdbcDao customerDao,
            AddressValidator addressValidator) {
        this.customers = customers;
        this.customerDao = customerDao;
        this.addressValidator = addressValidator;
    }

    public Customer get(Long customerId) {
        return customers.findById(customerId)
                .orElseThrow(() -> new ShopException("CUSTOMER_NOT_FOUND", "no customer " + customerId));
    }

    @Transactional
    public Address addAddress(Long customerId, Address address) {
        List<String> problems = addressValidator.validate(address);
        if (!problems.isEmpty()) {
            throw new ShopException("INVALID_ADDRESS", String.join("; ", problems));
        }
        Customer customer = get(customerId);
        if (customer.getAddresses().isEmpty()) {
            address.setDefaultShipping(true);
        }
        customer.addAddress(address);
        customers.save(customer);
        return address;
    }

    @Transactional
    public void removeAddress(Long customerId, Long addressId) {
        if (customerDao.deleteAddress(customerId, addressId) == 0) {
            throw new ShopException("ADDRESS_NOT_FOUND", "customer " + customerId + " has no address " + addressId);
        }
    }

    public Address shippingAddress(Long customerId) {
        return get(customerId).defaultShippingAddress()
                .orElseThrow(() -> new ShopException("NO_ADDRESS", "customer " + customerId + " has no address"));
    }

    @Transactional
    public void changeMarketingConsent(Long customerId, boolean optIn) {
        customerDao.updateMarketingOptIn(customerId, optIn);
    }
}
