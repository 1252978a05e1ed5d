-- Text search looks for a substring anywhere in search_text, which no B-tree index can serve;
-- over 100 000 listings that was a scan per search. SQLite: an FTS5 table with the trigram
-- tokenizer, which serves GLOB '*…*' substring queries from the index (the repository asks it
-- with GLOB; LIKE with ESCAPE would scan). It holds its own copy keyed by listing id rather than
-- the listing's rowid, which VACUUM may renumber; triggers keep it in step.
CREATE VIRTUAL TABLE masses_listings_text USING fts5(listing_id UNINDEXED, search_text, tokenize = 'trigram');

INSERT INTO masses_listings_text (listing_id, search_text) SELECT id, search_text FROM masses_listings;

CREATE TRIGGER masses_listings_text_insert AFTER INSERT ON masses_listings
BEGIN
  INSERT INTO masses_listings_text (listing_id, search_text) VALUES (new.id, new.search_text);
END;

-- Finding the old row by listing_id scans the FTS table (UNINDEXED column), a few tens of ms at
-- 100 000 listings; saves that do not change the text (reservations, status) skip it.
CREATE TRIGGER masses_listings_text_update AFTER UPDATE OF search_text ON masses_listings
WHEN old.search_text IS NOT new.search_text
BEGIN
  DELETE FROM masses_listings_text WHERE listing_id = old.id;
  INSERT INTO masses_listings_text (listing_id, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER masses_listings_text_delete AFTER DELETE ON masses_listings
BEGIN
  DELETE FROM masses_listings_text WHERE listing_id = old.id;
END;
