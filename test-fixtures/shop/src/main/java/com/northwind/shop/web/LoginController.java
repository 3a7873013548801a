package com.northwind.shop.web;

import com.northwind.shop.customers.LoginService;
import com.northwind.shop.customers.SessionToken;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LoginController {

    record LoginRequest(String email, String password) {
    }

    private final LoginService loginService;

    public LoginController(LoginService loginService) {
        this.loginService = loginService;
    }

    @PostMapping("/api/login")
    public Map<String, Object> login(@RequestBody LoginRequest request, HttpServletResponse response) {
        SessionToken token = loginService.login(request.email(), request.password());
        Cookie cookie = new Cookie(SessionFilter.COOKIE_NAME, token.getValue());
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofHours(2).toSeconds());
        response.addCookie(cookie);
        return Map.of("customerId", token.getCustomerId(), "expiresAt", token.getExpiresAt().toString());
    }

    @PostMapping("/api/logout")
    public void logout() {
        RequestContext.current().ifPresent(token -> loginService.logout(token.getValue()));
    }
}
