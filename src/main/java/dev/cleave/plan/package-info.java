/**
 * Plans the split of the proposed services: owners, APIs, data, tiers, availability, risks and
 * waves.
 */
package dev.cleave.plan;
