package org.rekindle.web;

import org.rekindle.app.Coaching;
import org.rekindle.app.journey.ShowHistory;
import org.rekindle.app.journey.ShowPlan;
import org.rekindle.app.journey.ShowStatus;
import org.rekindle.app.journey.StartJourney;
import org.rekindle.app.log.LogEvent;
import org.rekindle.app.log.WriteJournalEntry;
import org.rekindle.app.review.ReviewDraft;
import org.rekindle.app.review.Reviewer;
import org.rekindle.app.transfer.ExportJournal;
import org.rekindle.app.transfer.ImportJournal;

/** The application's use cases as the web calls them, made once per server. */
final class UseCases {
    final Coaching coaching;
    final StartJourney start;
    final ShowStatus status;
    final ShowPlan plan;
    final ShowHistory history;
    final LogEvent log;
    final org.rekindle.app.log.RetractEntry retract;
    final org.rekindle.app.log.ChangeSettings settings;
    final WriteJournalEntry journal;
    final ReviewDraft review;
    final ExportJournal export = new ExportJournal();
    final ImportJournal importer = new ImportJournal();

    UseCases(Coaching coaching, Reviewer reviewer) {
        this.coaching = coaching;
        this.start = new StartJourney(coaching);
        this.status = new ShowStatus(coaching);
        this.plan = new ShowPlan(coaching);
        this.history = new ShowHistory(coaching);
        this.log = new LogEvent(coaching);
        this.retract = new org.rekindle.app.log.RetractEntry(coaching);
        this.settings = new org.rekindle.app.log.ChangeSettings(coaching);
        this.journal = new WriteJournalEntry(coaching);
        this.review = new ReviewDraft(coaching, reviewer);
    }
}
