package dev.cleave.model;

/**
 * One signal of the clustering: how much it weighed and how much evidence it found.
 *
 * @param name the signal's name, as in {@code cleave.yaml}
 * @param weight its weight in the fused graph; 0 when switched off
 * @param pairs the class pairs it links
 * @param note why it found nothing or was switched off; empty otherwise
 */
public record SignalSummary(String name, double weight, int pairs, String note) {}
