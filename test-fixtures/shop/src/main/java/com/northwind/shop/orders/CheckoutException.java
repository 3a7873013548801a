package com.northwind.shop.orders;

import com.northwind.shop.common.ShopException;

public class CheckoutException extends ShopException {

    public CheckoutException(String code, String message) {
        super(code, message);
    }

    public CheckoutException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
