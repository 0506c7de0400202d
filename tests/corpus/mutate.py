"""A seeded mutator over valid sync workbooks, at three levels, for tests/test_fuzz.py.

- package: an entry duplicated, removed, renamed, added, the entries reordered or stored
  unpacked; [Content_Types].xml and the relationships broken;
- XML: a part re-encoded (UTF-16, byte-order marks, a false encoding declaration), nested
  deeper, given a DOCTYPE, entities, character references, namespaces (changed, prefixed,
  added), comments, processing instructions, whitespace, or cut short;
- cells: a value turned into each type a cell can hold (boolean, error, inline, rich and
  shared strings, formula string, ISO date, date serials out of range, numbers too large for
  SQLite, NaN and infinities, nothing), a cell reference moved anywhere in the grid (its far
  corner included) or onto another cell, rows removed, renumbered or repeated, the sheet's
  dimension changed.

`mutate(entries, seed, number)` is deterministic: the same seed and number give the same
mutation, named so that a failure can be built again (and made a corpus case).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

Entries = list[tuple[str, bytes]]
_CELL = re.compile(rb'<c r="([A-Z]+)([0-9]+)"[^>]*?(?:/>|>.*?</c>)', re.DOTALL)
_TEXT = re.compile(rb"<t[^>]*>(.*?)</t>|<v>(.*?)</v>", re.DOTALL)
_TAG_END = re.compile(rb"(?:</c>|</row>|/>)")
_SHEET = re.compile(rb'<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"')
MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@dataclass(frozen=True)
class Mutation:
    name: str
    entries: Entries
    stored: bool = False          # write the entries unpacked (ZIP_STORED)


def _sheets(entries: Entries) -> dict[str, str]:
    """Sheet name -> its part."""
    parts = dict(entries)
    targets = dict(_REL.findall(parts.get("xl/_rels/workbook.xml.rels", b"")))
    found = {}
    for name, rid in _SHEET.findall(parts.get("xl/workbook.xml", b"")):
        target = targets.get(rid, b"").decode()
        found[name.decode()] = "xl/" + target.lstrip("/").removeprefix("xl/")
    return found


def _replace(entries: Entries, part: str, data: bytes) -> Entries:
    return [(n, data if n == part else d) for n, d in entries]


def _text_of(cell: bytes) -> bytes:
    return b"".join(t or v for t, v in _TEXT.findall(cell))


# --- cells ----------------------------------------------------------------------------------

def _as_types(rng: random.Random, ref: bytes, value: bytes) -> tuple[str, bytes]:
    """The cell at `ref` holding `value` as another type (or another value of a type)."""
    plain = escape(value.decode("utf-8", "replace"), quote=False).encode()
    cut = rng.randint(0, len(plain))
    kinds: dict[str, bytes] = {
        "boolean": b'<c r="%s" t="b"><v>%d</v></c>' % (ref, rng.randint(0, 1)),
        "error": b'<c r="%s" t="e"><v>%s</v></c>' % (ref, rng.choice(
            [b"#N/A", b"#DIV/0!", b"#VALUE!", b"#REF!", b"#NAME?", b"#NUM!", b"#NULL!"])),
        "inline": b'<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, plain),
        "rich": (b'<c r="%s" t="inlineStr"><is><r><t xml:space="preserve">%s</t></r><r><rPr><b/>'
                 b'<sz val="11"/></rPr><t xml:space="preserve">%s</t></r><rPh sb="0" eb="1"><t>'
                 b"ph</t></rPh></is></c>") % (ref, plain[:cut], plain[cut:]),
        "formula_string": b'<c r="%s" t="str"><v>%s</v></c>' % (ref, plain),
        "number_cell": b'<c r="%s"><v>%s</v></c>' % (ref, plain),
        "iso_date": b'<c r="%s" t="d"><v>%s</v></c>' % (ref, rng.choice(
            [b"2026-11-24T00:00:00", b"1899-12-31", b"9999-12-31T23:59:59", b"bad"])),
        "date_serial": b'<c r="%s" s="%d"><v>%s</v></c>' % (ref, rng.randint(0, 6), rng.choice(
            [b"10000000", b"-1", b"2958466", b"2958465.99999999", b"0", b"60", b"1e300", b"NaN"])),
        "huge_number": b'<c r="%s"><v>%s</v></c>' % (ref, rng.choice(
            [b"1e308", b"9.3e18", b"18446744073709551616", b"-1e400", b"1e-320",
             b"123456789012345678901234567890", b"9007199254740993"])),
        "not_a_number": b'<c r="%s"><v>%s</v></c>' % (ref, rng.choice(
            [b"NaN", b"inf", b"-inf", b"nan", b"Infinity", b"1,5", b""])),
        "empty": b'<c r="%s"/>' % ref,
        "shared_index": b'<c r="%s" t="s"><v>%s</v></c>' % (ref, rng.choice(
            [b"0", b"-1", b"999999", b"abc"])),
    }
    kind = rng.choice(sorted(kinds))
    return kind, kinds[kind]


def _far_ref(rng: random.Random) -> bytes:
    column = rng.choice([rng.randint(1, 60), rng.randint(1, 16_384), 16_384])
    row = rng.choice([rng.randint(1, 60), rng.randint(1, 1_048_576), 1_048_576])
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}".encode()


def mutate_cell(rng: random.Random, entries: Entries) -> tuple[str, Entries] | None:
    sheets = _sheets(entries)
    name = rng.choice(sorted(sheets))
    part = sheets[name]
    data = dict(entries).get(part, b"")
    cells = list(_CELL.finditer(data))
    if not cells:
        return None
    cell = rng.choice(cells)
    ref = cell[1] + cell[2]
    action = rng.choice(["type", "type", "type", "type", "move", "far", "corner", "onto",
                         "remove", "twice", "row_number", "row_removed", "row_twice",
                         "dimension"])
    where = f"{name}!{ref.decode()}"
    if action == "type":
        kind, new = _as_types(rng, ref, _text_of(cell[0]))
        return f"cell {kind} {where}", _replace(entries, part, data[:cell.start()] + new + data[cell.end():])
    if action in ("move", "far", "corner", "onto"):
        target = (rng.choice(cells)[1] + rng.choice(cells)[2] if action == "move" else
                  _far_ref(rng) if action == "far" else b"XFD1048576" if action == "corner" else
                  rng.choice(cells)[1] + rng.choice(cells)[2])
        moved = cell[0].replace(b'r="' + ref + b'"', b'r="' + target + b'"', 1)
        return (f"cell moved {where} -> {target.decode()}",
                _replace(entries, part, data[:cell.start()] + moved + data[cell.end():]))
    if action == "remove":
        return f"cell removed {where}", _replace(entries, part, data[:cell.start()] + data[cell.end():])
    if action == "twice":
        return f"cell twice {where}", _replace(entries, part, data[:cell.end()] + cell[0] + data[cell.end():])
    rows = list(re.finditer(rb'<row r="([0-9]+)"[^>]*>.*?</row>', data, re.DOTALL))
    if not rows:
        return None
    row = rng.choice(rows)
    if action == "row_number":
        number = str(rng.choice([1, 2, len(rows) + 3, 1_048_576, 0])).encode()
        new = row[0].replace(b'r="' + row[1] + b'"', b'r="' + number + b'"', 1)
        return f"row renumbered {name} row {row[1].decode()} -> {number.decode()}", _replace(
            entries, part, data[:row.start()] + new + data[row.end():])
    if action == "row_removed":
        return f"row removed {name} row {row[1].decode()}", _replace(
            entries, part, data[:row.start()] + data[row.end():])
    if action == "row_twice":
        return f"row twice {name} row {row[1].decode()}", _replace(
            entries, part, data[:row.end()] + row[0] + data[row.end():])
    dimension = rng.choice([b"A1", b"A1:B2", b"A1:XFD1048576", b"", b"B2:A1", b"A1:ZZ99"])
    new_data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="' + dimension + b'"/>', data, 1)
    return f"dimension {name} -> {dimension.decode()!r}", _replace(entries, part, new_data)


# --- XML ------------------------------------------------------------------------------------

def _insert_between_tags(rng: random.Random, data: bytes, snippet: bytes) -> bytes:
    ends = list(_TAG_END.finditer(data))
    if not ends:
        return data + snippet
    at = rng.choice(ends).end()
    return data[:at] + snippet + data[at:]


def _root_start(data: bytes) -> int:
    found = re.search(rb"<[A-Za-z]", data)
    return found.start() if found else 0


def _root_attribute(data: bytes, attribute: bytes) -> bytes:
    """`attribute` added to the root element's start tag, right after its name."""
    found = re.search(rb"<[A-Za-z][\w.:-]*", data)
    return data[:found.end()] + attribute + data[found.end():] if found else data


XML_ACTIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "utf16": lambda rng, d: d.replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode("utf-8").encode("utf-16"),
    "utf16_no_bom": lambda rng, d: d.decode("utf-8").encode("utf-16-le"),
    "utf8_bom": lambda rng, d: b"\xef\xbb\xbf" + d,
    "false_encoding": lambda rng, d: (d.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"')
                                      if b"encoding=" in d[:100] else
                                      b'<?xml version="1.0" encoding="windows-1258"?>' + d),
    "doctype": lambda rng, d: d[:_root_start(d)] + b'<!DOCTYPE x [<!ENTITY e "zzz">]>' + d[_root_start(d):],
    "entity_reference": lambda rng, d: _insert_between_tags(rng, d, b"&e;"),
    "character_reference": lambda rng, d: re.sub(rb"<t>([^<&])", lambda m: b"<t>&#%d;" % m[1][0], d, 1),
    "nested_deep": lambda rng, d: _insert_between_tags(rng, d, b"<q:n xmlns:q='urn:q'>" * 3000 + b"</q:n>" * 3000),
    "nested_unknown": lambda rng, d: _insert_between_tags(rng, d, b"<extra><c r=\"A1\"><v>1</v></c></extra>"),
    "namespace_changed": lambda rng, d: d.replace(MAIN_NS, b"http://example.com/other", 1),
    "namespace_prefixed": lambda rng, d: re.sub(rb"<(/?)(?=[a-zA-Z])(?![a-zA-Z]+:)", rb"<\1x:", d).replace(
        b'xmlns="', b'xmlns:x="', 1),
    "namespace_added": lambda rng, d: _root_attribute(d, b' xmlns:q="urn:q" q:z="1"'),
    "comment": lambda rng, d: _insert_between_tags(rng, d, b"<!-- ghi ch\xc3\xba -->"),
    "processing_instruction": lambda rng, d: _insert_between_tags(rng, d, b"<?pi data?>"),
    "whitespace": lambda rng, d: _insert_between_tags(rng, d, b"\n  \t "),
    "cut_short": lambda rng, d: d[:rng.randint(0, max(len(d) - 1, 0))],
    "cdata": lambda rng, d: re.sub(rb"<t>([^<]*)</t>", rb"<t><![CDATA[\1]]></t>", d, 1),
    "single_quotes": lambda rng, d: re.sub(rb'r="([A-Z]+[0-9]+)"', rb"r='\1'", d, 1),
}


def mutate_xml(rng: random.Random, entries: Entries) -> tuple[str, Entries] | None:
    parts = [n for n, _ in entries if n.endswith((".xml", ".rels"))]
    part = rng.choice(parts)
    action = rng.choice(sorted(XML_ACTIONS))
    data = XML_ACTIONS[action](rng, dict(entries)[part])
    return f"xml {action} {part}", _replace(entries, part, data)


# --- package --------------------------------------------------------------------------------

ADDED = [("xl/media/image77.png", b"\x89PNG\r\n\x1a\n" + bytes(40)), ("customXml/item1.xml", b"<a/>"),
         ("xl/worksheets/sheet99.xml", b'<worksheet xmlns="' + MAIN_NS + b'"><sheetData><row r="1">'
          b'<c r="A1"><v>1</v></c></row></sheetData></worksheet>'),
         ("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0"), ("docProps/custom.xml", b"<Properties/>"),
         ("junk/notes.txt", b"ghi chu"), ("xl/calcChain.xml", b'<calcChain xmlns="' + MAIN_NS + b'"/>')]


def mutate_package(rng: random.Random, entries: Entries) -> tuple[str, Entries, bool] | None:
    action = rng.choice(["duplicate", "duplicate_changed", "remove", "rename_case", "rename",
                         "add", "reorder", "stored", "content_type", "content_type",
                         "relationship", "relationship"])
    names = [n for n, _ in entries]
    pick = rng.choice(names)
    if action == "duplicate":
        return f"package duplicate {pick}", entries + [(pick, dict(entries)[pick])], False
    if action == "duplicate_changed":
        changed = dict(entries)[pick].replace(b"1", b"2", 1)
        return f"package duplicate changed {pick}", entries + [(pick, changed)], False
    if action == "remove":
        return f"package remove {pick}", [(n, d) for n, d in entries if n != pick], False
    if action == "rename_case":
        return f"package rename case {pick}", [(n.upper() if n == pick else n, d)
                                               for n, d in entries], False
    if action == "rename":
        new = re.sub(r"(\d+)", lambda m: str(int(m[1]) + 10), pick) if re.search(r"\d", pick) \
            else pick.replace(".", "2.", 1)
        return f"package rename {pick} -> {new}", [(new if n == pick else n, d) for n, d in entries], False
    if action == "add":
        name, data = rng.choice(ADDED)
        return f"package add {name}", entries + [(name, data)], False
    if action == "reorder":
        shuffled = entries[:]
        rng.shuffle(shuffled)
        return "package reorder", shuffled, False
    if action == "stored":
        return "package stored unpacked", entries, True
    if action == "content_type":
        types = dict(entries)["[Content_Types].xml"]
        overrides = re.findall(rb"<Override [^>]*/>", types)
        edit = rng.choice(["drop_override", "wrong_type", "drop_default", "duplicate_override"])
        target = rng.choice(overrides) if overrides else b"<Types"
        new = {"drop_override": types.replace(target, b"", 1),
               "wrong_type": types.replace(target, re.sub(rb'ContentType="[^"]*"',
                                                          b'ContentType="application/octet-stream"', target), 1),
               "drop_default": re.sub(rb'<Default Extension="xml"[^>]*/>', b"", types, 1),
               "duplicate_override": types.replace(target, target + target, 1)}[edit]
        return f"package content type {edit} {target[:80]!r}", _replace(entries, "[Content_Types].xml", new), False
    rels_parts = [n for n in names if n.endswith(".rels")]
    part = rng.choice(rels_parts)
    rels = dict(entries)[part]
    found = re.findall(rb"<Relationship [^>]*/>", rels)
    if not found:
        return None
    rel = rng.choice(found)
    edit = rng.choice(["drop", "target", "external", "swap_ids", "absolute"])
    if edit == "swap_ids" and len(found) > 1:
        other = rng.choice([r for r in found if r != rel])
        first, second = re.search(rb'Id="([^"]*)"', rel)[1], re.search(rb'Id="([^"]*)"', other)[1]
        new = rels.replace(rel, rel.replace(first, b"\0"), 1).replace(other, other.replace(second, first), 1)
        new = new.replace(b"\0", second)
    else:
        replacement = {"drop": b"",
                       "target": re.sub(rb'Target="[^"]*"', b'Target="worksheets/nothing.xml"', rel),
                       "external": rel.replace(b"/>", b' TargetMode="External"/>'),
                       "absolute": re.sub(rb'Target="([^"/][^"]*)"', rb'Target="/xl/\1"', rel),
                       "swap_ids": rel}[edit]
        new = rels.replace(rel, replacement, 1)
    return f"package relationship {edit} {part} {rel[:70]!r}", _replace(entries, part, new), False


def mutate(entries: Entries, seed: int, number: int) -> Mutation:
    """Mutation `number` of the run seeded `seed` (never the original itself, unless no
    mutation applies, when it is named "unchanged")."""
    rng = random.Random(f"surveyor-fuzz/{seed}/{number}")
    for _ in range(10):
        level = rng.choice(["package", "xml", "cells", "cells"])
        if level == "package":
            made = mutate_package(rng, entries)
            if made:
                return Mutation(f"#{number} {made[0]}", made[1], made[2])
        else:
            made = (mutate_xml if level == "xml" else mutate_cell)(rng, entries)
            if made:
                return Mutation(f"#{number} {made[0]}", made[1])
    return Mutation(f"#{number} unchanged", entries)
