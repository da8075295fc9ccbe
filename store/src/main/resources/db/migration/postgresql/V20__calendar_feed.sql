-- The calendar feed key of each account (the multi-user server; one person's server keeps its key in the data
-- folder instead). A calendar app's subscription address carries it; it opens that account's plan feed and
-- nothing else. One per account: a new key replaces the row, turning the feed off deletes it, and so does
-- deleting the account. Numbered 20 to stay clear of the migrations other work adds meanwhile.
-- The same table and columns as db/migration/sqlite/V20__calendar_feed.sql.
CREATE TABLE calendar_feed (
    account_id     BIGINT  PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    feed_key       TEXT    NOT NULL UNIQUE,
    created_at     TEXT    NOT NULL
);
