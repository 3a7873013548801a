/**
 * Resolves the names and expressions recorded by parsing to the project's classes, the JDK and
 * libraries, and aggregates them into typed, weighted class-to-class dependencies.
 */
package dev.cleave.resolve;
