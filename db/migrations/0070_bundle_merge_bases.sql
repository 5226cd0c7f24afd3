-- What each record looked like the last time a bundle merged it, so the next
-- merge can tell "changed only in the bundle" (take it) from "changed on both
-- sides" (a conflict the user settles). See src-main/core/bundles/README.md.
-- ours_sha256: the local row right after that merge; theirs_sha256: the row as
-- the bundle carried it. They differ only when the merge translated the row
-- (a highlight re-anchored onto a recognised same-text source).
CREATE TABLE bundle_merge_bases (
  table_name    TEXT NOT NULL,
  record_id     TEXT NOT NULL,
  ours_sha256   TEXT NOT NULL,
  theirs_sha256 TEXT NOT NULL,
  merged_at     TEXT NOT NULL,
  PRIMARY KEY (table_name, record_id)
) WITHOUT ROWID;
