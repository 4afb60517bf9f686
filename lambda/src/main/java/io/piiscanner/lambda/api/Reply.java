package io.piiscanner.lambda.api;

import java.util.Map;

/**
 * A successful answer: the status and the JSON body.
 *
 * @param status 200, or 202 when the work goes on after the answer
 * @param body   the body
 */
record Reply(int status, Map<String, Object> body) {

    static Reply ok(Map<String, Object> body) {
        return new Reply(200, body);
    }

    static Reply accepted(Map<String, Object> body) {
        return new Reply(202, body);
    }
}
