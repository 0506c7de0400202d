"""The form model: plain, typed values built from an XLSForm. No pyxform here: xlsform.read_xlsform
builds a Form from a file."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

FormKey = tuple[str, str]        # (form_id, version): how catalogues, workbooks and merges name a form


# Canonical question types. Anything else found in a form becomes a Finding.
INPUT_TYPES = frozenset({
    "text", "integer", "decimal", "select_one", "select_multiple", "date", "datetime", "time",
    "acknowledge", "geopoint", "image", "range", "rank", "audio", "video", "file", "geotrace",
    "geoshape",
})
FILE_TYPES = frozenset({"image", "audio", "video", "file"})    # answered by attaching a file
META_TYPES = frozenset({"start", "end", "today", "deviceid", "username", "email", "phonenumber"})
VALUE_TYPES = INPUT_TYPES | META_TYPES | {"calculate"}
ALL_TYPES = VALUE_TYPES | {"note"}


def version_order(version: str) -> tuple[int, int, str]:
    """Sort key for form versions: numeric ones (the XLSForm habit) by number, after the rest."""
    return (1, int(version), "") if version.isdigit() else (0, 0, version)


@dataclass(frozen=True)
class Finding:
    """Something in a form that Surveyor cannot use as written: where it is and what it is."""

    sheet: str
    row: int | None
    column: str | None
    message: str
    # "error": the form cannot be used; "unsupported": a question cannot be answered here;
    # "warning": answering works, something shown or checked is lost; "info": nothing is lost
    severity: str = "unsupported"
    cost: str = ""                 # what it costs the person filling the form ("": the usual)

    def __str__(self) -> str:
        where = self.sheet + (f", row {self.row}" if self.row else "")
        where += f", column {self.column}" if self.column else ""
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Choice:
    name: str
    labels: Mapping[str, str]
    filters: Mapping[str, str] = field(default_factory=dict)  # other choices-sheet columns
    media: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # see Question.media


@dataclass(frozen=True)
class Question:
    name: str
    key: str                      # answers/workbook key: the name, or "group/name" where names repeat
    type: str                     # one of ALL_TYPES
    row: int | None = None        # row on the survey sheet (header is row 1)
    group_path: tuple[str, ...] = ()   # names of the enclosing groups and repeats, outermost first
    repeat: str | None = None     # key of the innermost enclosing repeat, None at top level
    labels: Mapping[str, str] = field(default_factory=dict)     # language -> text
    hints: Mapping[str, str] = field(default_factory=dict)
    constraint_messages: Mapping[str, str] = field(default_factory=dict)
    required_messages: Mapping[str, str] = field(default_factory=dict)
    required: str | None = None   # None, "true()", or an expression
    relevant: str | None = None
    constraint: str | None = None
    calculation: str | None = None
    choice_filter: str | None = None
    default: str | None = None
    read_only: str | None = None  # None, "true()", or an expression
    appearance: str = ""
    parameters: Mapping[str, str] = field(default_factory=dict)
    list_name: str | None = None
    choices: tuple[Choice, ...] = ()
    or_other: bool = False
    # kind ("image", "big-image", "audio", "video") -> language -> file: the path of a file
    # found beside the form (forms.attachments finds them; those not found are findings)
    media: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @property
    def holds_value(self) -> bool:
        return self.type in VALUE_TYPES


@dataclass(frozen=True)
class Group:
    name: str
    key: str
    row: int | None = None
    group_path: tuple[str, ...] = ()
    repeat: str | None = None     # key of the enclosing repeat (for a repeat: its parent repeat)
    is_repeat: bool = False
    repeat_count: str | None = None   # expression, for repeats
    labels: Mapping[str, str] = field(default_factory=dict)
    relevant: str | None = None
    appearance: str = ""
    children: tuple[Question | Group, ...] = ()


Node = Question | Group

# Surveyor's own columns on the settings sheet naming the identity questions (pyxform and other
# XLSForm tools ignore them), by Identity field.
IDENTITY_SETTINGS = {"tax_code": "identity_tax_code", "name": "identity_name",
                     "area": "identity_area"}


@dataclass(frozen=True)
class Identity:
    """Which questions say which establishment a response describes, as answer keys ("" for
    none): two responses of the form with the same tax code, or the same name in the same
    area, are possible duplicates. Empty: the form has no duplicate detection."""

    tax_code: str = ""
    name: str = ""
    area: str = ""

    def __bool__(self) -> bool:
        return bool(self.tax_code or (self.name and self.area))

    @property
    def keys(self) -> tuple[str, ...]:
        """The answer keys duplicate detection reads, tax code first ("" left out)."""
        return tuple(key for key in (self.tax_code, self.name, self.area) if key)


@dataclass(frozen=True)
class Form:
    form_id: str
    version: str
    title: str
    default_language: str          # a key of the label mappings ("" when the form has one language)
    languages: tuple[str, ...]
    children: tuple[Node, ...]
    source: str = ""               # file the form was read from
    findings: tuple[Finding, ...] = ()
    choice_lists: Mapping[str, tuple[Choice, ...]] = field(default_factory=dict)  # every list
    identity: Identity = field(default_factory=Identity)    # settings identity_* columns
    # files beside the form that it names (media, choices from files, pulldata CSVs), as
    # written; forms.attachments reads them, its findings name the missing ones
    files: tuple[str, ...] = ()

    def walk(self) -> Iterator[Node]:
        """Every group, repeat and question, depth first, in form order."""
        stack = list(reversed(self.children))
        while stack:
            node = stack.pop()
            yield node
            if isinstance(node, Group):
                stack.extend(reversed(node.children))

    def questions(self) -> list[Question]:
        return [n for n in self.walk() if isinstance(n, Question)]

    def repeats(self) -> list[Group]:
        return [n for n in self.walk() if isinstance(n, Group) and n.is_repeat]

    def question(self, key: str) -> Question:
        for q in self.questions():
            if q.key == key:
                return q
        raise KeyError(key)

    def text(self, mapping: Mapping[str, str], language: str | None = None) -> str:
        """A label/hint/message in `language`, falling back to the default, then to any."""
        for lang in (language, self.default_language, ""):
            if lang is not None and mapping.get(lang):
                return mapping[lang]
        return next((t for t in mapping.values() if t), "")

