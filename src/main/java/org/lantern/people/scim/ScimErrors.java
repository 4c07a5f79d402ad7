package org.lantern.people.scim;

import com.unboundid.scim2.common.exceptions.ScimException;
import org.lantern.people.PeopleException;
import org.lantern.people.ScimRefusal;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every refusal on {@code /scim} in SCIM's error shape (RFC 7644 section 3.12), with its status and scimType. */
@RestControllerAdvice(assignableTypes = {ScimUsersController.class, ScimGroupsController.class, ScimDiscoveryController.class})
@Order(0)
class ScimErrors {

    @ExceptionHandler(ScimRefusal.class)
    ResponseEntity<String> refused(ScimRefusal e) {
        return ScimJson.error(e.status(), e.scimType(), e.getMessage());
    }

    @ExceptionHandler(ScimException.class)
    ResponseEntity<String> scim(ScimException e) {
        return ScimJson.error(e.getScimError().getStatus(), e.getScimError().getScimType(), e.getScimError().getDetail());
    }

    @ExceptionHandler(PeopleException.class)
    ResponseEntity<String> people(PeopleException e) {
        return ScimJson.error(400, "invalidValue", e.getMessage());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> unreadable(Exception e) {
        return ScimJson.error(e instanceof MethodArgumentTypeMismatchException ? 404 : 400,
                e instanceof MethodArgumentTypeMismatchException ? null : "invalidSyntax", e instanceof MethodArgumentTypeMismatchException
                        ? "Resource not found." : "The request has no SCIM JSON body.");
    }
}
