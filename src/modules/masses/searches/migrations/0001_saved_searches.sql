-- Saved searches of listings and the alerts they raise (issue 5 item 6): a person saves the
-- filters of /masser; when a listing is published that matches, an alert is stored (shown in the
-- app) and, if the person asked for it, e-mailed. People are referenced by id only (identity owns
-- them); a listing's alert disappears with nothing, since listings are never hard-deleted.
CREATE TABLE masses_saved_searches (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  name TEXT NOT NULL,
  -- The filter parameters of /masser as a query string (the same reader parses page, API and
  -- saved search).
  query TEXT NOT NULL,
  email_alerts INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  last_alert_at BIGINT
);

CREATE INDEX masses_saved_searches_user ON masses_saved_searches (user_id);

CREATE TABLE masses_search_alerts (
  id TEXT PRIMARY KEY,
  saved_search_id TEXT NOT NULL REFERENCES masses_saved_searches (id),
  user_id TEXT NOT NULL,
  listing_id TEXT NOT NULL REFERENCES masses_listings (id),
  created_at BIGINT NOT NULL,
  emailed_at BIGINT,
  seen_at BIGINT,
  -- A listing alerts a saved search once, however often it is published again.
  UNIQUE (saved_search_id, listing_id)
);

CREATE INDEX masses_search_alerts_user ON masses_search_alerts (user_id, created_at);
