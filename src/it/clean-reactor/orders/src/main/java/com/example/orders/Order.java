package com.example.orders;

import com.example.catalog.Product;
import java.util.List;

/** The products a customer ordered. */
public record Order(List<Product> products) {

  public long totalInCents() {
    return products.stream().mapToLong(Product::priceInCents).sum();
  }
}
