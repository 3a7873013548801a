package com.example.orders;

import com.example.catalog.Catalog;
import java.util.List;

/** Turns a list of stock-keeping units into an order. */
public class Checkout {
  private final Catalog catalog;

  public Checkout(Catalog catalog) {
    this.catalog = catalog;
  }

  public Order order(List<String> skus) {
    return new Order(skus.stream().map(sku -> catalog.find(sku).orElseThrow()).toList());
  }
}
