package org.rekindle.web;

import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import org.rekindle.web.pages.Frame;
import org.rekindle.web.pages.Pages;
import org.rekindle.web.pages.Refused;

/**
 * The pages Jetty writes itself, for requests refused before they reach our routes (a malformed
 * request line, a bad header, an undecodable path): they carry the same Content-Security-Policy and
 * other headers as every page of ours, and no stack trace or server name.
 */
final class JettyErrors extends ErrorHandler {

    private final Pages pages;

    JettyErrors(Pages pages) {
        this.pages = pages;
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

    /** The whole page from its template: only the status and Jetty's one-line reason, never the URI (see {@link Refused}). */
    @Override
    protected void writeErrorHtml(Request request, java.io.Writer writer, java.nio.charset.Charset charset, int code,
                                  String message, Throwable cause) throws java.io.IOException {
        writer.write(pages.render("refused.jte", new Frame(String.valueOf(code), "", ""), new Refused(code, message)));
    }

    /** As the HTML: Jetty's own plain text would repeat the URI. */
    @Override
    protected void writeErrorPlain(Request request, java.io.PrintWriter writer, int code, String message, Throwable cause) {
        writer.print("HTTP ERROR " + code + (message == null ? "" : ": " + message) + "\n");
    }

    /** A problem body like our routes' (Jetty's own JSON would repeat the URI). */
    @Override
    protected void writeErrorJson(Request request, java.io.PrintWriter writer, int code, String message, Throwable cause) {
        java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("status", code);
        problem.put("title", "The request could not be read");
        problem.put("detail", message == null ? "the request could not be read" : message);
        try {
            writer.print(Bodies.MAPPER.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            writer.print("{}");
        }
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(fields);
        return super.badMessageError(status, reason, fields);
    }
}
