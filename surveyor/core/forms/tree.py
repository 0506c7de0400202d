"""An XLSForm's structure (pyxform's plain element dicts) into the form model's tree.

No pyxform import here: xlsform.py reads the file and hands over the plain structure, whose
elements carry their survey row in ROW_COLUMN; elements without a row are pyxform's own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from surveyor.core.forms.languages import match_language
from surveyor.core.forms.model import Choice, Finding, Form, Group, Node, Question
from surveyor.core.forms.types import COLLECTED_AS_NOTHING, LISTED, TYPES, choice_file

ROW_COLUMN = "_surveyor_row"
_TABLE_LIST_HEADER = "reserved_name_for_field_list_labels_"
SELECTS = frozenset({"select_one", "select_multiple"})
_SEVERITY = {"error": 0, "unsupported": 1, "warning": 2, "info": 3}
_LAST_SAVED = re.compile(r"\$\{\s*last-saved#")
_TEXT_KEYS = ("label", "hint", "jr:constraintMsg", "jr:requiredMsg", "constraint-msg")
_RANGE_PARAMETERS = frozenset({"start", "end", "step", "odk:tick-interval", "odk:placeholder"})


def form_from_structure(data: dict, source: str, fallback_id: str, findings: list[Finding],
                        external: dict[str, list[dict]] | None = None) -> Form:
    """The Form for pyxform's structure; `findings` (read earlier) join its own, by severity.
    `external`: the lists of the external_choices sheet, items shaped like pyxform's choices."""
    builder = _Builder(data, external or {})
    tree = builder.children(data.get("children", []), ())
    children = _rekey(tree, _repeated_names(builder), None)
    findings = sorted([*findings, *builder.findings], key=lambda f: _SEVERITY.get(f.severity, 3))
    languages, default = builder.languages(data.get("default_language"))
    if default is None:
        shown = languages[0] or "the unnamed language"
        findings.append(Finding("settings", None, "default_language", (
            f"default_language {data['default_language']!r} is none of the form's languages; "
            f"using {languages[0]!r}"), "warning",
            f"texts show in {shown} unless the person picks another language"))
    form_id = str(data.get("id_string") or fallback_id)
    return Form(form_id=form_id, version=str(data.get("version") or ""),
                title=str(data.get("title") or form_id), default_language=default or languages[0],
                languages=languages, children=children, source=source, findings=tuple(findings),
                choice_lists={name: builder.choice_list(name) for name in builder.list_names()},
                files=tuple(dict.fromkeys(builder.files)))


class _Builder:
    """Turns pyxform's element dicts into Questions and Groups, noting what it leaves out."""

    def __init__(self, data: dict, external: dict[str, list[dict]]):
        self.findings: list[Finding] = []
        self.names: list[str] = []
        self.files: list[str] = []              # files beside the form that it names
        self._lists: dict = {**external, **(data.get("choices") or {})}
        self._choices: dict[str, tuple[Choice, ...]] = {}
        self._seen: dict[str, None] = {}        # languages in order of first use
        self._canonical: dict[str, str] = {}
        self._register_languages(data.get("children", []))

    def _register_languages(self, nodes: list[dict]) -> None:
        """The survey sheet's languages first, so that the choices' spellings match them."""
        for node in nodes:
            for value in (node.get(k) or _bind(node).get(k) for k in _TEXT_KEYS):
                if isinstance(value, dict):
                    self._texts(value)
            self._register_languages(node.get("children", []))

    def children(self, nodes: list[dict], path: tuple[str, ...]) -> tuple[Node, ...]:
        """The elements of one level, in form order."""
        out: list[Node] = []
        counts: dict[str, str] = {}             # generated `<repeat>_count` -> its expression
        for node in nodes:
            row = _row(node)
            if row is None:
                self._generated(node, path, out, counts)
            elif node.get("type") in ("group", "repeat"):
                out.append(self._group(node, path, row, counts))
            elif node.get("type") == "loop":
                self._leave_out(row, "type", f"'begin loop' is not supported; the loop "
                                f"{node.get('name')!r} and its questions are left out")
            else:
                question = self._question(node, path, row)
                if question is not None:
                    out.append(question)
        return tuple(out)

    def _generated(self, node: dict, path: tuple[str, ...], out: list[Node],
                   counts: dict[str, str]) -> None:
        """An element pyxform made up: keep an or_other text, note a repeat count, drop the rest."""
        name, previous = str(node.get("name", "")), out[-1] if out else None
        if node.get("type") == "group" and name == "meta":
            out.extend(self.children(node.get("children", []), path))  # audit etc. have rows
        elif node.get("type") == "calculate" and name.endswith("_count"):
            counts[name] = (node.get("bind") or {}).get("calculate", "")
        elif (isinstance(previous, Question) and previous.type in SELECTS
              and name == f"{previous.name}_other"):
            out[-1] = replace(previous, or_other=True)
            other = self._fields(node, "text", path, previous.row)
            out.append(replace(other, relevant=f"selected(${{{previous.name}}}, 'other')"))

    def _group(self, node: dict, path: tuple[str, ...], row: int, counts: dict[str, str]) -> Group:
        name, control = str(node["name"]), node.get("control") or {}
        nodes = list(node.get("children", []))
        labels, appearance = node.get("label"), str(control.get("appearance") or "")
        if any(str(n.get("name", "")).startswith(_TABLE_LIST_HEADER) for n in nodes):
            appearance = appearance.replace("field-list", "table-list", 1)  # undo pyxform's
            nodes = [_without_nolabel(n) for n in nodes]
        if nodes and str(nodes[0].get("name", "")).startswith("generated_table_list_label_"):
            labels = nodes.pop(0).get("label")  # pyxform moved a table-list group's label here
        count = control.get("jr:count")
        if count and count.strip("${}") in counts:
            count = counts[count.strip("${}")]
        self.names.append(name)
        return Group(name=name, key=name, row=row, group_path=path,
                     is_repeat=node["type"] == "repeat", repeat_count=_text(count),
                     labels=self._texts(labels), relevant=_text(_bind(node).get("relevant")),
                     appearance=appearance, children=self.children(nodes, (*path, name)))

    def _question(self, node: dict, path: tuple[str, ...], row: int) -> Question | None:
        raw_type, name = str(node.get("type")), node.get("name")
        if raw_type in COLLECTED_AS_NOTHING:
            return self._collect_nothing(raw_type, str(name), row)
        kind = TYPES.get(raw_type)
        if kind is None:
            return self._leave_out(row, "type", f"question type {raw_type!r} is not supported; "
                                   f"the question {name!r} is left out")
        list_name = node.get("list_name") or node.get("itemset") if kind in LISTED else None
        if kind in LISTED and choice_file(list_name):
            self.files.append(str(list_name))   # read from beside the form (forms.attachments)
        elif kind in LISTED and list_name not in self._lists:
            where = ("answers in a repeat" if str(list_name).startswith("${")
                     else "a list the choices sheet lacks")
            return self._leave_out(row, "type", f"choices from {list_name!r} ({where}) are "
                                   f"not supported; the question {name!r} is left out")
        question = self._fields(node, kind, path, row)
        if kind == "range":
            odd = sorted(set(question.parameters) - _RANGE_PARAMETERS)
            odd += [f"tick_labelset={node['itemset']}"] if node.get("itemset") else []
            if odd:
                self.findings.append(Finding("survey", row, "parameters", "range parameters "
                                             f"{', '.join(odd)} are not supported; ignored"))
        return question

    def _collect_nothing(self, raw_type: str, name: str, row: int) -> None:
        """A type nobody answers (audit, simserial, ...): an info finding, and its file if any."""
        why, cost = COLLECTED_AS_NOTHING[raw_type]
        if raw_type.endswith("-external"):
            self.files.append(f"{name}.{raw_type.split('-')[0]}")
        self.findings.append(Finding("survey", row, "type", f"{raw_type} {name!r}: {why}",
                                     "info", cost))

    def _fields(self, node: dict, kind: str, path: tuple[str, ...], row: int | None) -> Question:
        bind, name = _bind(node), str(node["name"])
        list_name = node.get("list_name") or node.get("itemset") if kind in LISTED else None
        self.names.append(name)
        appearance = str((node.get("control") or {}).get("appearance") or "")
        if "search(" in appearance:
            self.findings.append(Finding("survey", row, "appearance", f"{appearance}: choices "
                                         "from a file by search() are not looked up", "warning",
                                         "the choices sheet's list is offered instead"))
        default = _text(node.get("default"))
        if default and _LAST_SAVED.search(default):
            self.findings.append(Finding("survey", row, "default", f"{default}: a default from "
                                         "the last saved response is not filled in", "warning",
                                         "the question starts empty instead"))
            default = None
        return Question(
            name=name, key=name, type=kind, row=row, group_path=path,
            labels=self._texts(node.get("label")), hints=self._texts(node.get("hint")),
            constraint_messages=self._texts(bind.get("jr:constraintMsg")
                                            or node.get("constraint-msg")),
            required_messages=self._texts(bind.get("jr:requiredMsg")),
            required=_flag(bind.get("required")), relevant=_text(bind.get("relevant")),
            constraint=_text(bind.get("constraint")), calculation=_text(bind.get("calculate")),
            choice_filter=_text(node.get("choice_filter")), default=default,
            read_only=_flag(bind.get("readonly")),
            appearance=appearance,
            parameters=_parameters(node.get("parameters")), list_name=list_name,
            choices=self.choice_list(list_name) if list_name else (),
            media=self._media(node.get("media")))

    def _leave_out(self, row: int, column: str, message: str) -> None:
        self.findings.append(Finding("survey", row, column, message))

    def list_names(self) -> list[str]:
        return [name for name in self._lists if isinstance(name, str)]

    def choice_list(self, list_name: str) -> tuple[Choice, ...]:
        if list_name not in self._choices:
            self._choices[list_name] = tuple(
                Choice(name=str(item.get("name", "")), labels=self._texts(item.get("label")),
                       filters=_filters(item), media=self._media(item.get("media")))
                for item in self._lists.get(list_name, ()))
        return self._choices[list_name]

    def _media(self, value: Any) -> dict[str, dict[str, str]]:
        """Media files by kind and language, as written (forms.attachments finds them)."""
        media: dict[str, dict[str, str]] = {}
        for kind, files in (value.items() if isinstance(value, dict) else ()):
            texts = {lang: re.sub(r"^jr://(images|audio|video|file)/", "", name.strip())
                     for lang, name in self._texts(files).items()}
            if texts:
                media[str(kind)] = texts
                self.files.extend(texts.values())
        return media

    def _texts(self, value: Any) -> dict[str, str]:
        """Texts by language; "" for text without a language (pyxform's "default")."""
        if isinstance(value, str):
            return {"": value} if value else {}
        if not isinstance(value, dict):
            return {}
        texts: dict[str, str] = {}
        for language, text in value.items():
            if isinstance(text, str) and text:
                texts[self._language(str(language))] = text
        return texts

    def _language(self, name: str) -> str:
        if name == "default":
            return ""
        if name not in self._canonical:   # "English" in choices is "English (en)" in survey
            self._canonical[name] = match_language(name, list(self._seen)) or name
            self._seen.setdefault(self._canonical[name])
        return self._canonical[name]

    def languages(self, default: str | None) -> tuple[tuple[str, ...], str | None]:
        """The form's languages in order of first use, and its default (None: no match)."""
        named = tuple(self._seen)
        if not named:
            return ("",), ""
        if not default or default == "default":
            return named, named[0]
        return named, match_language(default, list(named))


def _without_nolabel(node: dict) -> dict:
    """A select of a table-list group without the list-nolabel appearance pyxform gave it."""
    control = node.get("control") or {}
    if control.get("appearance") != "list-nolabel" or _row(node) is None:
        return node
    return {**node, "control": {**control, "appearance": ""}}


def _row(node: dict) -> int | None:
    value = node.get(ROW_COLUMN)
    return int(value) if isinstance(value, str) and value.isdigit() else None


def _bind(node: dict) -> dict:
    bind = node.get("bind")
    return bind if isinstance(bind, dict) else {}


def _text(value: Any) -> str | None:
    """An expression or value as text; None when absent or blank."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _flag(value: Any) -> str | None:
    """required/read_only: None when off, "true()" when on, else the expression as written."""
    text = _text(value)
    if text is None or text.lower() in ("no", "false", "false()"):
        return None
    return "true()" if text.lower() in ("yes", "true", "true()") else text


def _parameters(value: Any) -> dict[str, str]:
    """`key=value` pairs (pyxform has checked them); keys lower case, as pyxform reads them."""
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    pairs = re.findall(r"([^\s=,;]+)\s*=\s*([^\s=,;]+)", str(value or ""))
    return {k.lower(): v if k.lower() in ("label", "value") else v.lower() for k, v in pairs}


def _filters(item: dict) -> dict[str, str]:
    """A choice's other columns (for choice_filter), translated ones as `column::language`."""
    filters: dict[str, str] = {}
    for key, value in item.items():
        if key in ("name", "label", "media"):
            continue
        if isinstance(value, dict):
            filters.update({f"{key}::{lang}": str(v) for lang, v in value.items()})
        elif value is not None:
            filters[str(key)] = str(value)
    return filters


def _repeated_names(builder: _Builder) -> frozenset[str]:
    seen: set[str] = set()
    return frozenset(name for name in builder.names if name in seen or seen.add(name))


def _rekey(nodes: tuple[Node, ...], repeated: frozenset[str], repeat: str | None,
           ) -> tuple[Node, ...]:
    """Keys (the name, or the group path where a name repeats) and enclosing repeats."""
    out: list[Node] = []
    for node in nodes:
        key = "/".join((*node.group_path, node.name)) if node.name in repeated else node.name
        if isinstance(node, Group):
            inner = key if node.is_repeat else repeat
            node = replace(node, children=_rekey(node.children, repeated, inner))
        out.append(replace(node, key=key, repeat=repeat))
    return tuple(out)
