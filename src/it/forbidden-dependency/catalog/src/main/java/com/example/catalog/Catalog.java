package com.example.catalog;

import java.util.Map;
import java.util.Optional;

/** Finds products by their stock-keeping unit. */
public class Catalog {
  private final Map<String, Product> products;

  public Catalog(Map<String, Product> products) {
    this.products = Map.copyOf(products);
  }

  public Optional<Product> find(String sku) {
    return Optional.ofNullable(products.get(sku));
  }
}
