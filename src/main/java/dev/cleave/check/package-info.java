/** Checks classes and dependencies against the services that {@code cleave.yaml} declares. */
package dev.cleave.check;
