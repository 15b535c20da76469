/**
 * The DMN export of the rule: {@link org.civictech.pars.dmn.DmnExport} and, hidden behind it, the
 * rows computed from decide and their XML writer; not exported. Nothing here accepts or returns
 * null unless marked.
 */
@NullMarked
package org.civictech.pars.dmn;

import org.jspecify.annotations.NullMarked;
