/** Pages of the audit feature: the audit trail for administrators, "Download my data" and account erasure. */
@NullMarked
package org.lantern.audit.ui;

import org.jspecify.annotations.NullMarked;
