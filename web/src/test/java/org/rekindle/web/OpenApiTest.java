package org.rekindle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document lists exactly the routes the server has, and each of them answers. */
class OpenApiTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentMatchesTheRoutes() {
        try (Served web = new Served(dir)) {
            web.startJourney();
            Served.Reply r = web.get("/api/openapi.json");
            assertThat(r.status()).isEqualTo(200);
            JsonNode doc = r.json();
            assertThat(doc.path("openapi").asText()).startsWith("3.");
            Set<String> documented = new TreeSet<>();
            doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                    .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
            assertThat(documented).isEqualTo(new TreeSet<>(WebServer.API_ROUTES));
            for (String route : WebServer.API_ROUTES) {
                String[] mp = route.split(" ");
                Served.Reply answer = mp[0].equals("GET") ? web.get(mp[1]) : web.post(mp[1], "{}");
                assertThat(answer.status()).as(route).isNotIn(404, 405);
            }
            // every $ref points at something that exists
            String text = r.body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"#/components/(\\w+)/(\\w+)\"").matcher(text);
            while (m.find()) {
                assertThat(doc.path("components").path(m.group(1)).has(m.group(2))).as(m.group()).isTrue();
            }
        }
    }
}
