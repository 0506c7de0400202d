"""The sync workbook: one .xlsx written by every export, read by every import (DESIGN.md).

Written with xlsxwriter (write.py: constant memory, atomic; sheet.py: the typed, formula-safe
cells of a data sheet; rowxml.py: a row of plain cells written as the XML xlsxwriter writes for
it, without its work per cell), read with python-calamine (read.py, rows.py, cells.py: hardened,
every cell checked against its form; extent.py: the grid each sheet claims, checked first;
package.py and scan.py: every part of the archive, before calamine sees it); names and columns
are shared (layout.py). Only write.py and rowxml.py import xlsxwriter, only read.py calamine.

Decisions of format version 1:
- One sheet per form id, whatever versions are exported: its columns are the union of the
  versions' questions in form order (the newest version's order; a question only an older
  version has goes after its predecessor there). `_form_version` says which version a row
  follows; a question its version lacks stays empty (and must, on import). Likewise one sheet
  per repeat key. Every form in `forms` gets its sheets, with or without rows.
- System columns: _uuid _form_id _form_version _status _deleted _merged_into _inspector
  _device _created_at _updated_at _version _history _hash. Deleted responses travel, so soft
  deletes propagate: `_deleted` is 1 for them, empty otherwise. `_merged_into` holds, for a
  duplicate merged into another response, the kept uuid (empty otherwise); a workbook without
  the column (written before it existed) reads as if it were empty. `_history` is
  space-separated, newest first.
  Repeat sheets: _parent_uuid _index _parent_index (the parent row's index path, "1" or "1.2").
- Cells: integer/decimal/range/calculate numbers as numbers, rounded to the 15 significant
  digits row_hash counts (integers beyond 2^53 and non-numbers as text; NaN/inf empty);
  date/today as date cells (yyyy-mm-dd); datetime/start/end and the system times as datetime
  cells (yyyy-mm-dd hh:mm:ss), but only when the stored text is exactly that ISO form and
  after 1900-02-28: other spellings (offsets, fractions) stay text and read back as written.
  Everything else is a text cell with Excel's quote prefix, so `=1+1`, `+84…`, `-5 kg`,
  `@home` and `0912345678` show, and stay, text even when someone edits the cell in Excel
  (LibreOffice keeps them text cells but drops the prefix when it re-saves). Control
  characters are kept (xlsxwriter escapes them as _xHHHH_, which readers decode; the
  noncharacters U+FFFE/U+FFFF come back as that escape text). Text over 32,767 characters is
  refused (TEXT_TOO_LONG), never cut; text that is not valid Unicode (a lone surrogate) too.
  Text shaped like rich-string XML, `<r>…</r>`, which xlsxwriter would put into the sheet as
  XML, is written as one escaped run (and refused if escaping takes it past 32,767).
- An answer whose key is not a question of the response's form version is not written; the
  `_hash` (row_hash of the stored response) then tells the importer the row differs.
- Attached files (media.py): `_media` lists every answer naming a file (`<sha256>.<ext>`) with a
  thumbnail of each picture in its row; the hidden `_media_data` carries each file once as
  base64 text in cells; `--no-media` leaves the parts out. On import each file is checked
  against its sha256 and size (MEDIA_MISMATCH names file, sheet and row); see
  docs/contracts.md "Attached files" for why the bytes are in cells, not in the pictures.
- Reading: the data sheets are those `_manifest` lists, else the sheets named like known
  forms and repeats; any other sheet (someone's notes) is ignored. Every system column must
  be there (COLUMN_MISSING), and every question column of each version a row uses. A filled
  cell in a column that is not a question of the row's form version is refused
  (COLUMN_UNKNOWN, naming it) rather than dropped: people add columns in Excel, and what they
  typed there must not vanish silently; an empty unknown column is ignored. Text keeps its
  spaces and line ends (row_hash normalises them); choice names are stripped; a number typed
  into a text column reads as its digits.
"""

from __future__ import annotations

from surveyor.core.workbook.layout import FORMAT_VERSION, sheet_name
from surveyor.core.workbook.media import MediaStats
from surveyor.core.workbook.read import (
    MAX_FILE_BYTES,
    MAX_UNPACKED_BYTES,
    IncomingRow,
    WorkbookRead,
    read_workbook,
)
from surveyor.core.workbook.write import ExportStats, write_workbook

__all__ = [
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "MAX_UNPACKED_BYTES",
    "ExportStats",
    "IncomingRow",
    "MediaStats",
    "WorkbookRead",
    "read_workbook",
    "sheet_name",
    "write_workbook",
]
