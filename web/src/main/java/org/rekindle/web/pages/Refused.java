package org.rekindle.web.pages;

/**
 * A request Jetty refused before it reached our routes (a malformed request line, a bad header): its status and
 * Jetty's one-line reason, or null. Never the URI, which may carry the token of a link.
 */
public record Refused(int code, String reason) {
}
