/**
 * The surveys' screens: the surveys open to a staff member and answering one (saved as they go),
 * programmes for evaluators (creating, response rates, CSV import, archiving) and response rates
 * for managers. Views only show what the surveys services decided.
 */
@NullMarked
package org.lantern.surveys.ui;

import org.jspecify.annotations.NullMarked;
