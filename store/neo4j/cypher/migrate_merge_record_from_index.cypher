// An unmerge finds the newest merge record of the node it restores.
CREATE INDEX merge_record_from IF NOT EXISTS
FOR (r:MergeRecord) ON (r.from)
