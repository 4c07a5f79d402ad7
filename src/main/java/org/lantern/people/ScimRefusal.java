package org.lantern.people;

/**
 * A SCIM request Lantern refuses, with the HTTP status and, for 400, the SCIM error type (RFC 7644 section 3.12),
 * e.g. {@code uniqueness}, {@code invalidValue}, {@code mutability}.
 */
public class ScimRefusal extends RuntimeException {

    private final int status;
    private final String scimType;

    public ScimRefusal(int status, String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    static ScimRefusal notFound(String what) {
        return new ScimRefusal(404, "", what + " not found.");
    }

    public int status() {
        return status;
    }

    /** Empty when the status says it all. */
    public String scimType() {
        return scimType;
    }
}
