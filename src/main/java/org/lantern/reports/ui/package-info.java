/** The evaluation report page: choices, figures as tables, charts as accessible SVG, and downloads. */
@NullMarked
package org.lantern.reports.ui;

import org.jspecify.annotations.NullMarked;
