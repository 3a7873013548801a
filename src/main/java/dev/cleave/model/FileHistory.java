package dev.cleave.model;

/**
 * The change statistics of one file, with the changes made under its earlier names.
 *
 * @param path the path at HEAD, relative to the analysed root
 * @param stats how it changed
 */
public record FileHistory(String path, ChangeStats stats) {}
