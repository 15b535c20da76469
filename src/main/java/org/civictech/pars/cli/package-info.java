/** The command-line program; not exported. Nothing here accepts or returns null unless marked. */
@NullMarked
package org.civictech.pars.cli;

import org.jspecify.annotations.NullMarked;
