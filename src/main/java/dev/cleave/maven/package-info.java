/** The {@code cleave-maven-plugin} goals: thin front ends over the same options as the CLI. */
package dev.cleave.maven;
