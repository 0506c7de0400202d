"""The consolidated report: the plan's indicators against their targets, and the workbook for
people that carries them beside the sync sheets (DESIGN.md, "Consolidated workbook").

- `indicators`: the definitions (forms/indicators.xlsx: one row per indicator, expressions in
  the XLSForm language parsed by our own engine at load; a broken row is a finding naming
  sheet, row and column), and what `surveyor form check` says of them.
- `answers`: the expressions Context over one saved response (never eval).
- `compute`: each indicator city-wide, per ward (and per sector), with numerator, denominator,
  value, target and met / not met. pandas aggregates, imported only when a report runs.
- `write`: the workbook (xlsxwriter, atomic): the sync sheets first, so the file imports at
  the next level, then `summary` (Tổng hợp, with conditional formats and native charts),
  `people` (data with labels, one 0/1 column per choice of a select_multiple) and `review`
  (open conflicts, possible duplicates, failed checks, rows edited outside, drafts, coverage).
- `words`: the report's own words in Vietnamese and English.

A wing above sync (it writes the sync sheets through the workbook wing) and below jobs.
"""
