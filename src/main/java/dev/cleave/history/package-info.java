/** Reads the git history of the analysed folder into change statistics, co-change and teams. */
package dev.cleave.history;
