package com.example.catalog;

/** A product that the shop sells. */
public record Product(String sku, String name, long priceInCents) {}
