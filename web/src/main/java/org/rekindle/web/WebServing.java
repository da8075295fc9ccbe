package org.rekindle.web;

import org.rekindle.app.InvalidInput;
import org.rekindle.store.Database;

/**
 * The web as the application layer's {@link org.rekindle.app.serve.WebServing} service: what
 * {@code rekindle serve} starts, found through {@code META-INF/services}, so the command line never
 * imports the web.
 */
public final class WebServing implements org.rekindle.app.serve.WebServing {

    @Override
    public Running start(Options o) {
        try {
            return startChecked(o);
        } catch (IllegalArgumentException e) { // a bad token or port: the user's to fix
            throw InvalidInput.general(e.getMessage(), "serve with another one");
        }
    }

    private Running startChecked(Options o) {
        if (o.database() == null) {
            WebServer server = listen(new WebServer.Options(o.dataDir(), o.host(), o.port(), o.token(), o.clock(), o.asOf(), null),
                    null);
            return running(server, server.url(), null);
        }
        Database db = Database.postgres(o.database(), o.clock());
        try {
            WebServer server = listen(new WebServer.Options(o.dataDir(), o.host(), o.port(), null, o.clock(), o.asOf(), null), db);
            return running(server, server.baseUrl() + "/ (multi-user on PostgreSQL " + Database.redacted(o.database())
                    + "): sign up at /signup", db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static WebServer listen(WebServer.Options options, Database db) {
        try {
            return db == null ? WebServer.start(options) : WebServer.start(options, db);
        } catch (CannotListen e) {
            throw InvalidInput.general(e.getMessage(), "pick another --port or --host");
        }
    }

    private static Running running(WebServer server, String link, Database db) {
        return new Running() {
            @Override
            public String link() {
                return link;
            }

            @Override
            public void close() {
                server.close();
                if (db != null) {
                    db.close();
                }
            }
        };
    }
}
