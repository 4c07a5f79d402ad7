/** The reflective account form and the CPD record page, both under the person's journal. */
@NullMarked
package org.lantern.revalidation.ui;

import org.jspecify.annotations.NullMarked;
