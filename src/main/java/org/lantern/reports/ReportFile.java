package org.lantern.reports;

/** A report exported as a file. */
public record ReportFile(String fileName, String contentType, byte[] content) {
}
