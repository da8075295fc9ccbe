package org.rekindle.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;

import io.javalin.http.Context;

import org.rekindle.app.serve.KeptSecret;
import org.rekindle.store.JournalStore;

/**
 * One person's feed key, kept in the data folder ({@code calendar-key}, 0600) next to the journal it opens: whoever
 * can read that folder can read the journal too, so keeping the key itself costs nothing and lets the plan page
 * show the address again.
 */
final class FolderFeedKeys implements FeedKeys {

    private final KeptSecret key;
    private final JournalSource journals;

    FolderFeedKeys(Path dataDir, JournalSource journals) {
        this.key = new KeptSecret(dataDir, KeptSecret.CALENDAR_KEY);
        this.journals = journals;
    }

    @Override
    public Optional<JournalStore> opens(Context ctx, String given) {
        Optional<String> kept = key.read();
        if (given == null || kept.isEmpty() || !MessageDigest.isEqual(kept.get().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(journals.journal(ctx)); // the folder's one journal, whoever asks
    }

    @Override
    public boolean on(Context ctx) {
        return key.read().isPresent();
    }

    @Override
    public Optional<String> shown(Context ctx) {
        return key.read();
    }

    @Override
    public String renew(Context ctx) {
        return key.renew();
    }

    @Override
    public void revoke(Context ctx) {
        key.revoke();
    }
}
