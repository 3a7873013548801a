package com.northwind.shop.customers;

import com.northwind.shop.common.ShopException;
import com.northwind.shop.common.ShopUtils;
import com.northwind.shop.notify.NotificationService;
import com.northwind.shop.persistence.CustomerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RegistrationService {

    private static final int MIN_PASSWORD_LENGTH = 10;

    private final CustomerRepository customers;
    private final PasswordHasher passwordHasher;
    private final NotificationService notificationService;

    public RegistrationService(CustomerRepository customers, PasswordHasher passwordHasher,
            NotificationService notificationService) {
        this.customers = customers;
        this.passwordHasher = passwordHasher;
        this.notificationService = notificationService;
    }

    @Transactional
    public Customer register(String email, String password, String firstName, String lastName) {
        String normalized = ShopUtils.normalizeEmail(email);
        if (customers.findByEmailIgnoreCase(normalized).isPresent()) {
            throw new ShopException("EMAIL_TAKEN", "an account for " + normalized + " already exists");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new ShopException("WEAK_PASSWORD", "password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        Customer customer = customers.save(new Customer(normalized, passwordHasher.hash(password), firstName, lastName));
        notificationService.sendWelcome(customer.getFirstName(), customer.getEmail(), customer.getPreferredLanguage());
        return customer;
    }
}
