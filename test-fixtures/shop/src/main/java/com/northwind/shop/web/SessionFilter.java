package com.northwind.shop.web;

import com.northwind.shop.customers.LoginService;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the caller's session into {@link RequestContext} when the session cookie is valid.
 */
@Component
@Order(1)
public class SessionFilter implements Filter {

    static final String COOKIE_NAME = "NWSESSION";

    private final LoginService loginService;

    public SessionFilter(LoginService loginService) {
        this.loginService = loginService;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Cookie[] cookies = ((HttpServletRequest) request).getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE_NAME.equals(cookie.getName())) {
                    loginService.validate(cookie.getValue()).ifPresent(RequestContext::set);
                }
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            RequestContext.clear();
        }
    }
}
