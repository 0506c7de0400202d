"""Sync by workbooks: export (export.py), import with the merge rule (merge.py), files read in a
worker process (arrivals.py), possible duplicates (duplicates.py) reviewed, merged or dismissed
(pairs.py), rows edited outside Surveyor accepted or reverted (outside.py), conflicts seen and
resolved field by field (conflicts.py)."""
