-- Every search asks which sites offer capacity for the DSA fractions (alum and black shale), so
-- receivers for those are only DSA-permitted sites; without an index that is a scan of the table.
CREATE INDEX masses_listings_kind_fraction ON masses_listings (kind, fraction_key, status);
