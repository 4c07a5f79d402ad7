/**
 * The report API for evaluators' scripts and dashboards: the report as JSON, CSV, XLSX or PDF.
 * Managers may call it for the teams they manage.
 */
@NullMarked
package org.lantern.reports.api;

import org.jspecify.annotations.NullMarked;
