package org.rekindle.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * Reading request bodies defensively: at most {@link #MAX_BODY} bytes (413 past it), JSON that
 * is one object with known fields of the right types, forms as UTF-8. Every refusal is a
 * {@link Problem} saying which field and what to send instead.
 */
final class Bodies {

    /** Far above any real request (a 5,000-character message is ~20 KB as JSON), far below harm. */
    static final int MAX_BODY = 256 * 1024;

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Bodies() {
    }

    static Problem tooLarge() {
        return new Problem(413, "Content too large", "the body is larger than " + MAX_BODY / 1024
                + " KB; a log entry or a draft is a few KB at most");
    }

    static byte[] read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw Problem.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    /**
     * Whether a Content-Type is JSON: exactly {@code application/json}, with at most a UTF-8 charset
     * ({@code application/jsonfoo} and {@code application/json-seq} are other types).
     */
    static boolean isJson(String contentType) {
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().toLowerCase(java.util.Locale.ROOT);
            if (!p.isEmpty() && !p.equals("charset=utf-8") && !p.equals("charset=\"utf-8\"")) {
                return false;
            }
        }
        return true;
    }

    /** The body as one JSON object whose fields are all in {@code allowed}. */
    static ObjectNode object(Context ctx, Set<String> allowed) {
        String type = ctx.contentType();
        if (type != null && !Bodies.isJson(type)) {
            throw new Problem(415, "Unsupported media type", "send the body as application/json, not " + clip(type));
        }
        byte[] body = read(ctx);
        if (body.length == 0) {
            throw Problem.badRequest("the body is empty: send a JSON object with " + String.join(", ", allowed));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("the body is not valid JSON: " + clip(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            throw Problem.badRequest("the body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw Problem.badRequest("the body must be a JSON object with " + String.join(", ", allowed));
        }
        ObjectNode o = (ObjectNode) node;
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw Problem.badRequest("unknown field '" + clip(f) + "': use " + String.join(", ", allowed));
            }
        }
        return o;
    }

    static String string(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw Problem.badRequest("'" + field + "' must be a string, not " + kind(n));
        }
        return n.textValue();
    }

    static LocalDate date(ObjectNode o, String field) {
        return date(string(o, field), field);
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw Problem.badRequest("'" + field + "' is '" + clip(text) + "', not a date: write YYYY-MM-DD, e.g. 2026-09-01");
        }
    }

    static boolean bool(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw Problem.badRequest("'" + field + "' must be true or false, not " + kind(n));
        }
        return n.booleanValue();
    }

    static Integer integer(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw Problem.badRequest("'" + field + "' must be a whole number of days, not " + kind(n));
        }
        return n.intValue();
    }

    /** An {@code application/x-www-form-urlencoded} body; a field given twice keeps its first value. */
    static Map<String, String> form(Context ctx) {
        String body = new String(read(ctx), StandardCharsets.UTF_8);
        Map<String, String> form = new HashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.putIfAbsent(k, v);
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest("the form is not properly encoded");
            }
        }
        return form;
    }

    private static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String clip(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\p{Cntrl}", " ");
        return one.length() > 120 ? one.substring(0, 120) + "…" : one;
    }
}
