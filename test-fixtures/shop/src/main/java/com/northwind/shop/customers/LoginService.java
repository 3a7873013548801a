package com.northwind.shop.customers;

import com.northwind.shop.common.ShopException;
import com.northwind.shop.common.ShopUtils;
import com.northwind.shop.persistence.CustomerJdbcDao;
import com.northwind.shop.persistence.CustomerRepository;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class LoginService {

    private static final long SESSION_MINUTES = 120;

    private final CustomerRepository customers;
    private final CustomerJdbcDao customerDao;
    private final PasswordHasher passwordHasher;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SessionToken> sessions = new ConcurrentHashMap<>();

    public LoginService(CustomerRepository customers, CustomerJdbcDao customerDao, PasswordHasher passwordHasher) {
        this.customers = customers;
        this.customerDao = customerDao;
        this.passwordHasher = passwordHasher;
    }

    @Transactional
    public SessionToken login(String email, String password) {
        Customer customer = customers.findByEmailIgnoreCase(ShopUtils.normalizeEmail(email))
                .orElseThrow(() -> new ShopException("LOGIN_FAILED", "unknown email or wrong password"));
        if (customer.isLocked()) {
            throw new ShopException("ACCOUNT_LOCKED", "account is locked; reset the password to unlock it");
        }
        if (!passwordHasher.matches(password, customer.getPasswordHash())) {
            customer.recordFailedLogin();
            if (customer.isLocked()) {
                customerDao.lock(customer.getId());
            }
            throw new ShopException("LOGIN_FAILED", "unknown email or wrong password");
        }
        customer.recordSuccessfulLogin();
        SessionToken token = newToken(customer.getId());
        sessions.put(token.getValue(), token);
        return token;
    }

    public Optional<SessionToken> validate(String tokenValue) {
        SessionToken token = sessions.get(tokenValue);
        if (token == null || token.isExpired(ShopUtils.now())) {
            sessions.remove(tokenValue);
            return Optional.empty();
        }
        return Optional.of(token);
    }

    public void logout(String tokenValue) {
        sessions.remove(tokenValue);
    }

    private SessionToken newToken(Long customerId) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        Instant expiresAt = ShopUtils.plusMinutes(ShopUtils.now(), SESSION_MINUTES);
        return new SessionToken(HexFormat.of().formatHex(bytes), customerId, expiresAt);
    }
}
