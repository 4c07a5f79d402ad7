/**
 * Output safety shared by every feature that writes text into another format: HTML and SVG
 * ({@link org.lantern.base.export.HtmlEscaper}), spreadsheet-safe CSV cells
 * ({@link org.lantern.base.export.CsvCells}), PDF text in a Unicode font shipped in the jar
 * ({@link org.lantern.base.export.PdfText}), the PDF file around it with Lantern's colours
 * ({@link org.lantern.base.export.PdfFile}) and ZIPs of text files ({@link org.lantern.base.export.TextZip}).
 * One copy of each, so a fix reaches every export.
 */
@NullMarked
package org.lantern.base.export;

import org.jspecify.annotations.NullMarked;
