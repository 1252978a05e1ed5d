-- Text search looks for a substring anywhere in search_text (LIKE '%…%'), which no B-tree index
-- can serve; over 100 000 listings that was a scan per search. PostgreSQL: a trigram GIN index,
-- which serves LIKE '%…%' as it is. pg_trgm is a trusted extension (PostgreSQL 13+), so the
-- database owner may create it; where that is not allowed the search keeps working as a scan
-- and the migration says so instead of failing.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN insufficient_privilege OR undefined_file THEN
  RAISE NOTICE 'pg_trgm is not available; listing text search scans the table';
END;
$$;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX masses_listings_search_text ON masses_listings USING gin (search_text gin_trgm_ops)';
  END IF;
END;
$$;
