/** Reads {@code cleave.yaml}, the settings a project keeps beside its code. */
package dev.cleave.config;
