"""What a sync workbook's archive may hold: every part checked before a parser reads one.

Workbooks come from other people's machines. Before calamine opens one, every part is unpacked
here, within limits (no more than MAX_RATIO times its packed size past GRACE_BYTES: Apache POI's
zip-bomb rule; never more than its zip header states), and the package must be one a
spreadsheet program writes:
- each part once, also compared without case (two entries of one name, or of names differing
  only in case, would let two programs read different data), its local header naming it as
  the archive's directory does;
- its name one EXPECTED lists (what Excel, LibreOffice and xlsxwriter write: no macros, no
  embedded objects, no links to other files or data sources), with a content type, the
  workbook's that of an Excel workbook; relationships point inside the archive (hyperlinks
  excepted), `_rels/.rels` to xl/workbook.xml;
- XML parts are UTF-8 with no DOCTYPE (so no entities to expand) and no NUL byte;
- sheets: see scan.py (where cells may lie).
What the reader refuses only on the sheets it reads (a hidden sheet, a formula, an error value
or a merged title in someone's notes harms nothing) comes back in a Package, enforced by
Package.check_sheet.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.workbook.scan import SheetFacts, scan_sheet, split_ref

MAX_RATIO = 100
GRACE_BYTES = 1024 * 1024
_MACROS = re.compile(r"(^|/)(vbaproject|vbaprojectsignature|vbadata)\.|^xl/(macrosheets|dialogsheets)/"
                     r"|macroenabled|vbaproject|macrosheet|dialogsheet")
_LINKS = re.compile(r"^xl/(externallinks|querytables)/|^xl/connections\.xml$"
                    r"|externallink|connections\+xml|querytable")
_N = r"\d+"
EXPECTED = re.compile("|".join(f"(?:{p})" for p in (     # part names, in lower case
    r"\[content_types\]\.xml", r"_rels/\.rels", r"docprops/(core|app|custom)\.xml",
    r"docprops/thumbnail\.(jpeg|jpg|png|emf|wmf)", r"xl/workbook\.xml",
    r"xl/_rels/workbook\.xml\.rels", r"xl/(styles|sharedstrings|calcchain|metadata)\.xml",
    rf"xl/theme/theme{_N}\.xml", rf"xl/theme/_rels/theme{_N}\.xml\.rels",
    rf"xl/(worksheets|chartsheets)/sheet{_N}\.xml",
    rf"xl/(worksheets|chartsheets)/_rels/sheet{_N}\.xml\.rels",
    rf"xl/drawings/(drawing{_N}\.xml|vmldrawing{_N}\.vml)",
    rf"xl/drawings/_rels/(drawing{_N}\.xml|vmldrawing{_N}\.vml)\.rels",
    rf"xl/charts/(chart|style|colors){_N}\.xml", rf"xl/charts/_rels/chart{_N}\.xml\.rels",
    rf"xl/media/image{_N}\.(png|jpeg|jpg|gif|bmp|tif|tiff|emf|wmf)", rf"xl/comments{_N}\.xml",
    rf"xl/threadedcomments/threadedcomment{_N}\.xml", r"xl/persons/person\.xml",
    rf"xl/printersettings/printersettings{_N}\.bin", rf"xl/tables/table{_N}\.xml",
    rf"customxml/(item|itemprops){_N}\.xml", rf"customxml/_rels/item{_N}\.xml\.rels")))
_XML_NAME = re.compile(r"\.(xml|rels|vml)$")
WORKBOOK_TYPES = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"}
_PROLOG = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml(?P<decl>[^>]{0,200})\?>)?"
                     rb"(?:\s+|<!--.{0,4096}?-->|<\?[A-Za-z].{0,200}?\?>)*<(?P<next>!|[A-Za-z_])",
                     re.DOTALL)
_ENCODING = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")


@dataclass(frozen=True)
class Package:
    """The checked archive: the facts of each sheet, by sheet name."""

    sheets: dict[str, SheetFacts] = field(default_factory=dict)

    def check_sheet(self, file: str, sheet: str, header: list) -> None:
        """Refuse a sheet that is read although hidden, merged, or holding a formula or an
        error value; `header`: its first row, to name the column."""
        facts = self.sheets.get(sheet)
        if facts is None:
            return
        if facts.state != "visible":
            raise SurveyError(Problem.SHEET_HIDDEN, file=file, sheet=sheet)
        if facts.merged:
            raise SurveyError(Problem.MERGED_CELLS, file=file, sheet=sheet, cells=facts.merged)
        if facts.formula:
            raise SurveyError(Problem.FORMULA_CELL, file=file, sheet=sheet,
                              **_where(facts.formula, header), cell=facts.formula)
        if facts.error:
            raise SurveyError(Problem.BAD_CELL, file=file, sheet=sheet, **_where(facts.error, header),
                              detail=f"cell {facts.error} holds an error value (#N/A, #DIV/0!…), "
                                     "not a value")


def _where(ref: str, header: list) -> dict:
    """The row and the column (its key in the header, else its letters) of a cell."""
    row, column = split_ref(ref)
    key = header[column - 1] if 0 < column <= len(header) else ""
    label = key.strip() if isinstance(key, str) and key.strip() else ref.rstrip("0123456789")
    return {"row": row, "column": label}


def describe(path: Path) -> str:
    """What a file that is not a zip archive seems to be, for the refusal."""
    with open(path, "rb") as handle:
        head = handle.read(4096)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return ("an Excel 97-2003 .xls workbook or another old Office file; open it in Excel "
                "or LibreOffice and save it as .xlsx")
    if head.startswith(b"PK"):
        return "a damaged zip archive (cut short, or altered)"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return "not a zip archive"
    if "," in text or ";" in text or "\t" in text:
        return "a text file (CSV?), not a workbook; open it in a spreadsheet and save it as .xlsx"
    return "a text file, not a workbook" if text.strip() else "an empty file"


def kind_of(names: set[str]) -> str:
    """What a zip archive without xl/workbook.xml holds, for the refusal."""
    if "word/document.xml" in names:
        return "a Word document (.docx) renamed, not an Excel workbook"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint file renamed, not an Excel workbook"
    if "mimetype" in names or "content.xml" in names:
        return "an OpenDocument file (.ods?); save it as Excel .xlsx and import that"
    return "no xl/workbook.xml"


def _refuse(file: str, detail: str) -> SurveyError:
    return SurveyError(Problem.NOT_XLSX, file=file, detail=detail)


def check_package(archive: zipfile.ZipFile, path: Path, file: str) -> Package:
    """Check every part of an open archive (see the module docstring): the facts of its sheets.

    Every part that holds cells is scanned, whatever names it: calamine must meet none
    unchecked."""
    entries = [e for e in archive.infolist() if not (e.filename.endswith("/") and not e.file_size)]
    _check_names(entries, file)
    parts: dict[str, bytes] = {}
    with open(path, "rb") as raw:
        if raw.read(4) != b"PK\x03\x04":
            raise _refuse(file, "something precedes the zip archive")
        for entry in entries:
            parts[entry.filename] = data = _unpack(raw, entry, file)
            if _XML_NAME.search(entry.filename):
                _check_xml(entry.filename, data, file)
    _content_types(parts, file)
    _check_relationships(parts, file)
    sheets = _sheet_parts(parts, file)
    names = {part: (name, state) for name, (part, state) in sheets.items()}
    facts = {}
    for part, data in parts.items():
        if part.endswith(".xml") and b"sheetData" in data:
            name, state = names.get(part, (part, "visible"))
            facts[name] = scan_sheet(data, part, name, state, file)
    return Package({name: facts.get(name, SheetFacts(part, state))
                    for name, (part, state) in sheets.items()})


def _check_names(entries: list[zipfile.ZipInfo], file: str) -> None:
    seen: dict[str, str] = {}
    for entry in entries:
        name, folded = entry.filename, entry.filename.lower()
        if folded in seen:
            detail = (f"the archive holds {name} twice" if seen[folded] == name else
                      f"the archive holds {seen[folded]} and {name}, names that differ only in case")
            raise SurveyError(Problem.PACKAGE_AMBIGUOUS, file=file, detail=detail)
        seen[folded] = name
        if _MACROS.search(folded):
            raise SurveyError(Problem.MACROS, file=file, part=name)
        if _LINKS.search(folded):
            raise SurveyError(Problem.EXTERNAL_LINK, file=file, part=name,
                              target="another workbook or a data source")
        if not EXPECTED.fullmatch(folded):
            raise SurveyError(Problem.PART_UNEXPECTED, file=file, part=name)
        if entry.flag_bits & 0x1:
            raise _refuse(file, f"{name} is encrypted inside the zip archive")
        if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(file, f"{name} is packed with zip method {entry.compress_type}")
        if entry.file_size > GRACE_BYTES and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise SurveyError(Problem.ZIP_BOMB, file=file, part=name, size=entry.file_size,
                              packed=entry.compress_size, limit=MAX_RATIO)


def _unpack(raw, entry: zipfile.ZipInfo, file: str) -> bytes:
    """One part unpacked from its local header on: never more than its header states, exactly
    that much, its name the same there as in the archive's directory."""
    raw.seek(entry.header_offset)
    header = raw.read(30)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise _refuse(file, f"{entry.filename}: its local header is missing")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    local = raw.read(name_length).decode("utf-8" if entry.flag_bits & 0x800 else "cp437", "replace")
    if local != entry.orig_filename:
        raise SurveyError(Problem.PACKAGE_AMBIGUOUS, file=file,
                          detail=f"the part {entry.filename} is named {local} in its own header")
    raw.seek(extra_length, 1)
    packed = raw.read(entry.compress_size)
    if entry.compress_type == zipfile.ZIP_STORED:
        data, complete = packed, len(packed) == entry.file_size
    else:
        inflater = zlib.decompressobj(-15)
        try:
            data = inflater.decompress(packed, entry.file_size + 1)
        except zlib.error as error:
            raise _refuse(file, f"{entry.filename}: {error}") from None
        complete = inflater.eof and not inflater.unconsumed_tail and not inflater.unused_data
    if len(data) > entry.file_size:
        raise SurveyError(Problem.ZIP_BOMB, file=file, part=entry.filename,
                          size=f"more than {entry.file_size}", packed=entry.compress_size,
                          limit=MAX_RATIO)
    if not complete or len(data) != entry.file_size:       # calamine checks the CRC itself
        raise _refuse(file, f"{entry.filename} is damaged (it unpacks to another size than "
                            "its zip header states)")
    if len(data) > GRACE_BYTES and len(data) > MAX_RATIO * max(len(packed), 1):
        raise SurveyError(Problem.ZIP_BOMB, file=file, part=entry.filename, size=len(data),
                          packed=len(packed), limit=MAX_RATIO)
    return data


def _check_xml(part: str, data: bytes, file: str) -> None:
    """UTF-8 XML with no DOCTYPE (nothing to expand) and no NUL byte."""
    prolog = _PROLOG.match(data)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\0" in data or prolog is None:
        raise _refuse(file, f"{part} is not UTF-8 XML (spreadsheet programs write UTF-8)")
    if prolog["next"] == b"!":
        raise _refuse(file, f"{part} holds a DOCTYPE declaration: Entities and DTDs are never "
                            "part of a workbook (an entity-expansion bomb?)")
    encoding = _ENCODING.search(prolog["decl"] or b"")
    if encoding and encoding[1].lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
        raise _refuse(file, f"{part} is written in {encoding[1].decode('ascii', 'replace')}; "
                            "spreadsheet programs write UTF-8")


def _parse(parts: dict[str, bytes], part: str, file: str):
    try:
        return ElementTree.fromstring(parts[part])
    except ElementTree.ParseError as error:
        raise _refuse(file, f"{part}: {error}") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _content_types(parts: dict[str, bytes], file: str) -> dict[str, str]:
    """Part -> content type; every part must have one, none of macros or links."""
    if "[Content_Types].xml" not in parts:
        raise _refuse(file, "[Content_Types].xml is missing")
    defaults, overrides = {}, {}
    for item in _parse(parts, "[Content_Types].xml", file).iter():
        if _local(item.tag) == "Default":
            defaults[(item.get("Extension") or "").lower()] = item.get("ContentType") or ""
        elif _local(item.tag) == "Override":
            overrides[(item.get("PartName") or "").lstrip("/").lower()] = item.get("ContentType") or ""
    types = {}
    for part in parts:
        if part == "[Content_Types].xml":
            continue
        kind = overrides.get(part.lower()) or defaults.get(part.rsplit(".", 1)[-1].lower())
        if not kind:
            raise _refuse(file, f"{part} has no content type in [Content_Types].xml")
        types[part] = kind
    for kind in list(overrides.values()) + list(defaults.values()):
        if _MACROS.search(kind.lower()):
            raise SurveyError(Problem.MACROS, file=file, part=kind)
        if _LINKS.search(kind.lower()):
            raise SurveyError(Problem.EXTERNAL_LINK, file=file, part="[Content_Types].xml",
                              target=kind)
    if types.get("xl/workbook.xml") not in WORKBOOK_TYPES:
        raise _refuse(file, f"xl/workbook.xml is of type {types.get('xl/workbook.xml')}, "
                            "not an Excel workbook's")
    return types


def _target(source: str, target: str) -> str:
    """A relationship's target as an archive name, from the folder of its source part."""
    if target.startswith("/"):
        return target.lstrip("/")
    folder = source.split("_rels/")[0]
    names: list[str] = [p for p in folder.split("/") if p]
    for step in target.split("/"):
        if step == "..":
            if names:
                names.pop()
        elif step not in ("", "."):
            names.append(step)
    return "/".join(names)


def relationships(parts: dict[str, bytes], rels: str, file: str) -> list[tuple[str, str, str]]:
    """(id, type, archive name of the target) of each relationship in a .rels part."""
    found = []
    for rel in _parse(parts, rels, file).iter():
        if _local(rel.tag) != "Relationship":
            continue
        kind, target = rel.get("Type") or "", rel.get("Target") or ""
        if (rel.get("TargetMode") or "").lower() == "external":
            if not kind.endswith("/hyperlink"):
                raise SurveyError(Problem.EXTERNAL_LINK, file=file, part=rels, target=target)
            continue
        name = _target(rels, target)
        if name not in parts:
            raise _refuse(file, f"{rels} points to {target}, which the archive lacks")
        found.append((rel.get("Id") or "", kind, name))
    return found


def _check_relationships(parts: dict[str, bytes], file: str) -> None:
    for part in [p for p in parts if p.endswith(".rels")]:
        relationships(parts, part, file)
    documents = [name for _, kind, name in relationships(parts, "_rels/.rels", file)
                 if kind.endswith("/officeDocument")] if "_rels/.rels" in parts else []
    if documents != ["xl/workbook.xml"]:
        raise _refuse(file, "_rels/.rels does not name xl/workbook.xml as the document")


def _sheet_parts(parts: dict[str, bytes], file: str) -> dict[str, tuple[str, str]]:
    """Sheet name -> (its part, its state: visible, hidden or veryHidden)."""
    targets = {rid: name for rid, _, name in relationships(parts, "xl/_rels/workbook.xml.rels", file)
               } if "xl/_rels/workbook.xml.rels" in parts else {}
    sheets: dict[str, tuple[str, str]] = {}
    used: set[str] = set()
    for sheet in _parse(parts, "xl/workbook.xml", file).iter():
        if _local(sheet.tag) != "sheet":
            continue
        name = sheet.get("name") or ""
        ids = [v for k, v in sheet.attrib.items() if _local(k) == "id"]
        part = targets.get(ids[0]) if len(ids) == 1 else None
        if part is None:
            raise _refuse(file, f"sheet {name} has no part in the archive")
        if name.lower() in {n.lower() for n in sheets} or part in used:
            raise SurveyError(Problem.PACKAGE_AMBIGUOUS, file=file,
                              detail=f"two sheets are named {name}, or share one part")
        sheets[name] = (part, sheet.get("state") or "visible")
        used.add(part)
    return sheets


