package org.rekindle.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders a page: a jte template (src/main/jte, compiled to Java at build time) with its typed view
 * model and the shared {@link Frame}. jte escapes every value by the context it lands in (text,
 * attribute, URL), so no page builds markup by hand.
 */
public final class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The whole page {@code template} ("dashboard.jte"…) for {@code model}. */
    public String render(String template, Frame frame, Object model) {
        StringOutput out = new StringOutput();
        engine.render(template, java.util.Map.of("frame", frame, "model", model), out);
        return out.toString();
    }
}
