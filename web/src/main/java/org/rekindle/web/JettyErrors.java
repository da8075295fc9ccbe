package org.rekindle.web;

import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The pages Jetty writes itself, for requests refused before they reach our routes (a malformed
 * request line, a bad header, an undecodable path): they carry the same Content-Security-Policy and
 * other headers as every page of ours, and no stack trace or server name.
 */
final class JettyErrors extends ErrorHandler {

    JettyErrors() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    static void headers(HttpFields.Mutable fields) {
        fields.put("Content-Security-Policy", WebServer.CSP);
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("X-Frame-Options", "DENY");
        fields.put("Referrer-Policy", "no-referrer");
        fields.put("Cache-Control", "no-store");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers(response.getHeaders());
        return super.handle(request, response, callback);
    }

    /** Only the status and Jetty's one-line reason: never the URI, which may carry the token of a link. */
    @Override
    protected void writeErrorHtmlBody(Request request, java.io.Writer writer, int code, String message, Throwable cause)
            throws java.io.IOException {
        writer.write("<h1>" + code + "</h1><p>The request could not be read"
                + (message == null ? "" : ": " + message.replaceAll("[^A-Za-z0-9 .,:;'()-]", "?")) + ".</p>");
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(fields);
        return super.badMessageError(status, reason, fields);
    }
}
