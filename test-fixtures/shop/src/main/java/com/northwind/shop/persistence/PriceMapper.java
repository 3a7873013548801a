package com.northwind.shop.persistence;

import com.northwind.shop.catalog.Price;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * MyBatis mapper for prices; the SQL is in {@code mapper/PriceMapper.xml}.
 */
@Mapper
public interface PriceMapper {

    Price findCurrent(@Param("sku") String sku, @Param("currency") String currency, @Param("date") LocalDate date);

    List<Price> findHistory(@Param("sku") String sku);

    int closeCurrent(@Param("sku") String sku, @Param("validTo") LocalDate validTo);

    int insertPrice(@Param("sku") String sku, @Param("amount") BigDecimal amount,
            @Param("currency") String currency, @Param("validFrom") LocalDate validFrom);
}
