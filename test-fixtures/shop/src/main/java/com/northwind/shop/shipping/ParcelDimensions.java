package com.northwind.shop.shipping;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Size in centimetres and weight in kilograms of one parcel.
 */
public record ParcelDimensions(int lengthCm, int widthCm, int heightCm, BigDecimal weightKg) {

    /** Carriers bill 1 kg for every 5000 cm³ of volume when that is more than the real weight. */
    private static final BigDecimal VOLUMETRIC_DIVISOR = BigDecimal.valueOf(5000);

    public static ParcelDimensions forWeight(BigDecimal weightKg) {
        if (weightKg.compareTo(BigDecimal.valueOf(2)) <= 0) {
            return new ParcelDimensions(30, 20, 10, weightKg);
        }
        return new ParcelDimensions(60, 40, 40, weightKg);
    }

    public BigDecimal volumetricWeightKg() {
        BigDecimal volume = BigDecimal.valueOf((long) lengthCm * widthCm * heightCm);
        return volume.divide(VOLUMETRIC_DIVISOR, 2, RoundingMode.UP);
    }

    public BigDecimal chargeableWeightKg() {
        return weightKg.max(volumetricWeightKg());
    }
}
