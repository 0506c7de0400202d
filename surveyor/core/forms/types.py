"""Question types as XLSForms spell them (after pyxform's own de-aliasing) and what Surveyor makes
of each: one of the form model's types, or a type it collects nothing for and why.

The decisions follow ODK Collect and Enketo where a laptop can do the same (docs/contracts.md,
"Forms from elsewhere"): a barcode is typed (a USB scanner types too), audio, video, files and
OSM files are attached like images, a rank is an ordered list.
"""

from __future__ import annotations


def _aliases(canonical: str, *names: str) -> dict[str, str]:
    return dict.fromkeys((canonical, *names), canonical)


# pyxform's type names -> our canonical types (model.ALL_TYPES).
TYPES: dict[str, str] = {
    **_aliases("text", "string", "q string", "add text prompt", "phone number", "barcode",
               "add barcode prompt", "q barcode"),
    **_aliases("integer", "int", "q int", "add integer prompt", "percentage",
               "number of days in last month", "number of days in last six months",
               "number of days in last year"),
    **_aliases("decimal", "q decimal", "add decimal prompt"),
    **_aliases("select_one", "select one", "select1", "q select1", "select one using",
               "add select one prompt using", "select one external"),
    **_aliases("select_multiple", "select all that apply", "q select", "select multiple using",
               "add select multiple prompt using", "select all that apply from",
               "select multiple from"),
    **_aliases("rank", "odk:rank"),
    **_aliases("date", "q date", "add date prompt"),
    **_aliases("datetime", "dateTime", "date time", "q date time", "q dateTime",
               "add date time prompt", "add dateTime prompt"),
    **_aliases("time"),
    **_aliases("acknowledge", "q acknowledge", "add acknowledge prompt", "trigger"),
    **_aliases("geopoint", "gps", "location", "q geopoint", "q location", "add location prompt"),
    **_aliases("geotrace", "q geotrace"), **_aliases("geoshape", "q geoshape"),
    **_aliases("image", "photo", "q picture", "q image", "add image prompt", "add photo prompt"),
    **_aliases("audio", "q audio", "add audio prompt"),
    **_aliases("video", "q video", "add video prompt"),
    **_aliases("file", "q file", "add file prompt", "osm"),
    **_aliases("range"),
    **_aliases("start", "start time", "get start time"),
    **_aliases("end", "end time", "get end time"),
    **_aliases("today", "get today"),
    **_aliases("deviceid", "imei", "device id", "get device id", "uri:deviceid"),
    **_aliases("username", "uri:username"),
    **_aliases("email", "uri:email"),
    **_aliases("phonenumber", "get phone number", "uri:phonenumber"),
    **_aliases("calculate", "q calculate", "add calculate prompt", "hidden"),
    **_aliases("note", "q note", "add note prompt"),
}

# Types whose answers are names from a choice list (a rank: all of them, in order).
LISTED = frozenset({"select_one", "select_multiple", "rank"})

# Types that hold nothing a person answers, collected as nothing: why, and what it costs.
COLLECTED_AS_NOTHING: dict[str, tuple[str, str]] = {
    "audit": ("ODK's audit log (audit.csv) is not recorded",
              "nothing to answer; Surveyor's own audit keeps who changed which answer when"),
    **dict.fromkeys(("simserial", "uri:simserial", "sim id", "get sim id"),
                    ("the SIM serial number is not recorded", "nothing to answer")),
    **dict.fromkeys(("subscriberid", "uri:subscriberid", "subscriber id", "get subscriber id"),
                    ("the subscriber id is not recorded", "nothing to answer")),
    "start-geopoint": ("the location when the form is opened is not recorded",
                       "nothing to answer; no location is taken automatically"),
    "background-geopoint": ("the location when a question is answered is not recorded",
                            "nothing to answer; no location is taken automatically"),
    "background-audio": ("no sound is recorded while the form is filled", "nothing to answer"),
    "csv-external": ("the CSV file is read for lookups", "nothing to answer"),
    "xml-external": ("the XML file is read for lookups", "nothing to answer"),
}

# Choices read from a file beside the form (select_one_from_file, select_multiple_from_file).
CHOICE_FILE_SUFFIXES = (".csv", ".xml", ".geojson")


def choice_file(itemset: object) -> str | None:
    """The file a select's itemset names ("fruits.csv"), None for a choice list's name."""
    text = str(itemset or "").strip()
    return text if text.lower().endswith(CHOICE_FILE_SUFFIXES) else None


def instance_name(file_name: str) -> str:
    """The name instance() and pulldata() know a file by: the name without its suffix."""
    stem, dot, _ = file_name.rpartition(".")
    return stem if dot else file_name
