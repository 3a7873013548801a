/** Plans the split of the proposed services: which team owns each service. */
package dev.cleave.plan;
