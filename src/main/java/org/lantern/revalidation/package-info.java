/**
 * Evidence for revalidation and CPD, private to the signed-in person like their journal: a
 * reflective account written from one of their own journal entries, laid out under the headings of
 * the NMC's reflective accounts form ({@link org.lantern.revalidation.ReflectiveAccounts}), and a
 * CPD record of the modules they completed and the reflective sessions they attended
 * ({@link org.lantern.revalidation.CpdRecords}). It reads the journal, training and sessions only
 * through their services, keeps no tables of its own (a reflective account is saved as a journal
 * entry), and nothing depends on it.
 */
@NullMarked
package org.lantern.revalidation;

import org.jspecify.annotations.NullMarked;
