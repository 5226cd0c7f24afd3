-- The library sorted by number of highlights walks this index instead of
-- sorting every source for each page (353 ms a page at 100,000 sources
-- without it; bench/tables.bench.ts).
CREATE INDEX sources_by_highlight_count ON sources (highlight_count, seq);
