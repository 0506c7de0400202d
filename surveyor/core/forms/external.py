"""Choices and lookup data from outside the choices sheet: the `external_choices` sheet, and CSV,
XML or GeoJSON files beside the form (select_one_from_file, pulldata(), csv-external).

Each source becomes rows of text columns, as ODK reads them: a CSV's header names the columns;
an XML file is `<root><item><name>…</name><label>…</label>…</item>…</root>`; a GeoJSON file's
features give their `id`, their properties and a `geometry` column in ODK's geo text
("lat lon 0 0", points joined by "; "). Files come from other people: XML is parsed with
defusedxml, every file has a size limit, and nothing in them is ever evaluated.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from pathlib import Path

from defusedxml import ElementTree

MAX_DATA_BYTES = 50 * 1024 * 1024
Rows = list[dict[str, str]]


class DataFileError(Exception):
    """A file beside the form that cannot be read as choices or data (the message says why)."""


def sheet_lists(rows: list[dict]) -> dict[str, list[dict]]:
    """The external_choices sheet's rows by list name, as items like pyxform's choices: name,
    label (a text, or texts by language for `label::X` columns) and the other columns."""
    lists: dict[str, list[dict]] = {}
    for row in rows or ():
        item: dict = {}
        list_name = ""
        for header, value in row.items():
            text = "" if value is None else str(value).strip()
            key, _, language = str(header).replace("::", ":").partition(":")
            key = key.strip().lower()
            if key in ("list_name", "list name"):
                list_name = text
            elif key == "label" and language:
                item.setdefault("label", {})
                if isinstance(item["label"], dict) and text:
                    item["label"][language.strip()] = text
            elif text:
                item[key if key in ("name", "label") else str(header).strip()] = text
        if list_name and item.get("name"):
            lists.setdefault(list_name, []).append(item)
    return lists


def read_rows(path: Path) -> Rows:
    """The rows of a CSV, XML or GeoJSON data file; DataFileError when it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DataFileError(f"cannot be opened ({error.strerror})") from None
    if size > MAX_DATA_BYTES:
        raise DataFileError(f"too large ({size} bytes; the limit is {MAX_DATA_BYTES})")
    suffix = path.suffix.lower()
    data = path.read_bytes()
    try:
        if suffix == ".csv":
            return _csv_rows(data)
        if suffix == ".xml":
            return _xml_rows(data)
        if suffix == ".geojson":
            return _geojson_rows(data)
    except DataFileError:
        raise
    except Exception as error:  # noqa: BLE001 (a foreign file may break a parser any way)
        raise DataFileError(f"{type(error).__name__}: {error}") from None
    raise DataFileError("only .csv, .xml and .geojson files hold choices")


def _csv_rows(data: bytes) -> Rows:
    text = data.decode("utf-8-sig", errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = [h.strip() for h in next(reader, [])]
    if not any(header):
        raise DataFileError("the first line names no columns")
    rows = []
    for values in reader:
        if any(v.strip() for v in values):
            rows.append({h: v.strip() for h, v in zip(header, values) if h})
    return rows


def _xml_rows(data: bytes) -> Rows:
    root = ElementTree.fromstring(data)
    rows = []
    for item in root.iter("item"):
        rows.append({child.tag: (child.text or "").strip() for child in item})
    if not rows and len(root):
        raise DataFileError("no <item> elements under the root")
    return rows


def _geojson_rows(data: bytes) -> Rows:
    document = json.loads(data.decode("utf-8-sig"))
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise DataFileError("not a GeoJSON FeatureCollection")
    rows = []
    for feature in document.get("features") or ():
        if not isinstance(feature, dict):
            continue
        properties = feature.get("properties")
        row = ({str(k): _text(v) for k, v in properties.items()}
               if isinstance(properties, dict) else {})
        if feature.get("id") is not None:
            row["id"] = _text(feature["id"])
        row["geometry"] = geo_text(feature.get("geometry"))
        rows.append(row)
    return rows


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def geo_text(geometry: object) -> str:
    """A GeoJSON geometry as ODK's geo text: a Point as "lat lon 0 0", a LineString (or a
    Polygon's outer ring) as its points joined by "; "; "" for anything else."""
    if not isinstance(geometry, Mapping):
        return ""
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    points = {"Point": [coordinates], "LineString": coordinates,
              "Polygon": coordinates[0] if coordinates else []}.get(str(kind))
    try:
        return "; ".join(f"{_text(p[1])} {_text(p[0])} {_text(p[2]) if len(p) > 2 else 0} 0"
                         for p in points or ())
    except (TypeError, IndexError, KeyError):
        return ""


def value_columns(file_name: str, parameters: Mapping[str, str]) -> tuple[str, str]:
    """The columns a select from this file takes its choice names and labels from: `value=`
    and `label=` parameters, else name/label (id/title for GeoJSON), as pyxform writes them."""
    geojson = file_name.lower().endswith(".geojson")
    return (parameters.get("value") or ("id" if geojson else "name"),
            parameters.get("label") or ("title" if geojson else "label"))
