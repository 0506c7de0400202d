"""Fill the .ts files that pyside6-lupdate wrote; `make translations` runs it between lupdate and
lrelease:

    .venv/bin/python scripts/fill_translations.py resources/translations/surveyor_vi.ts \
        resources/translations/surveyor_en.ts

- English (surveyor_en.ts) takes the source text: the code is written in English.
- Vietnamese (surveyor_vi.ts) takes resources/translations/vi.tsv: one message a line,
  `context<TAB>source<TAB>translation`; a line starting with # is a comment, blank lines are
  skipped. In source and translation a newline is written `\\n`, a tab `\\t`, a backslash `\\\\`.
  A message with a disambiguation comment is looked up as `context|comment` first.
- Contexts are what the code asks for at run time: the class name for self.tr() (PySide's tr
  walks the class's MRO), "Problem" for core/errors.py, "messages" for ui/messages.py. Where
  lupdate guesses another context (view.tr(...), a module-level tr()), RUNTIME_CONTEXT moves the
  message to the right one; a context that names no class of its file is reported.
- A Vietnamese translation is refused (left unfinished) when its {placeholders} or %n/%1 differ
  from the source's or it lacks the source's single & mnemonic; other doubts (punctuation at the
  ends, line count, one mnemonic letter twice in a context) are warnings.
- Qt's own texts (QPlatformTheme's standard buttons, QMessageBox, the context menus of line
  edits) come from resources/translations/qt_vi.tsv and are added to surveyor_vi.ts.
- Plural forms: a message used with a count (numerus="yes") gets one <numerusform> in Vietnamese
  and two (the source text in each) in English.

Everything missing or refused is listed on stderr, the missing ones as lines ready to paste into
vi.tsv, and the exit status is 1, so `make translations` stops before lrelease; 0 otherwise.
The .ts is written in lupdate's own layout (DOCTYPE, escaping, <location/> lines), so running
lupdate again changes nothing but what changed in the code.
"""

from __future__ import annotations

import ast
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TSV = ROOT / "resources" / "translations" / "vi.tsv"
# Qt's own texts (standard buttons, context menus): Qt ships no qtbase_vi.qm, so they are added
# to surveyor_vi.ts from here (same format; lupdate drops them as obsolete, this adds them back).
QT_TSV = ROOT / "resources" / "translations" / "qt_vi.tsv"

# (file, or "*" for any file; context lupdate wrote) -> the context the code translates in at
# run time.
RUNTIME_CONTEXT = {
    # messages.tr() is QCoreApplication.translate("messages", ...); lupdate sees a bare tr().
    ("surveyor/ui/messages.py", ""): "messages",
    # view.tr(...) / self.view.tr(...) (QuestionBlock, RowBlock, RepeatBlock in form_blocks.py):
    # `view` is the FormView, so PySide looks the text up in context "FormView".
    ("*", "view"): "FormView",
    ("*", "self.view"): "FormView",
}
KNOWN_CONTEXTS = {"messages"}          # contexts that are not a class of their file

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
MNEMONIC = re.compile(r"(?<!&)&(?!&)(.)")
START = re.compile(r"^[\s.,:;!?…+•#]*")
END = re.compile(r"[\s.,:;!?…]*$")
NUMERUS_FORMS = {"vi": 1, "en": 2}


# --- vi.tsv ----------------------------------------------------------------------------------

def unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}.get(m[1], m[0]), text)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def read_tsv(path: Path, errors: list[str]) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, "file:line"); an empty translation counts as none."""
    words: dict[tuple[str, str], tuple[str, str]] = {}
    if not path.exists():
        errors.append(f"{path.name}: not found; every Vietnamese message is missing")
        return words
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            errors.append(f"{path.name}:{number}: {len(fields)} tab-separated fields, not 3 "
                          f"(context, source, translation): {line!r}")
            continue
        context, source, translation = fields[0].strip(), unescape(fields[1]), unescape(fields[2])
        key = (context, source)
        if key in words and words[key][0] != translation:
            errors.append(f"{path.name}:{number}: {context}: {source!r} is also on "
                          f"{words[key][1]}, translated otherwise; line {number} is used")
        if translation:
            words[key] = (translation, f"{path.name}:{number}")
    return words


def check(source: str, translation: str) -> tuple[list[str], list[str]]:
    """(reasons to refuse the translation, warnings)."""
    refuse, warn = [], []
    if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translation)):
        refuse.append(f"placeholders {sorted(set(PLACEHOLDER.findall(source)))} in the source, "
                      f"{sorted(set(PLACEHOLDER.findall(translation)))} in the translation")
    wanted, found = len(MNEMONIC.findall(source)), len(MNEMONIC.findall(translation))
    if wanted != found:
        refuse.append(f"{wanted} & mnemonic(s) in the source, {found} in the translation")
    for end, edge in (("start", START), ("end", END)):
        a, b = edge.search(source)[0], edge.search(translation)[0]
        if a.strip(" ") != b.strip(" "):
            warn.append(f"punctuation at the {end}: {a!r} in the source, {b!r} in the translation")
    if source.count("\n") != translation.count("\n"):
        warn.append(f"{source.count(chr(10))} line breaks in the source, "
                    f"{translation.count(chr(10))} in the translation")
    return refuse, warn


# --- the .ts file ----------------------------------------------------------------------------

def source_file(ts: Path, location: ET.Element) -> str:
    """A <location filename> (relative to the .ts) as a path from the repository root."""
    path = (ts.parent / location.get("filename", "")).resolve()
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


_classes: dict[str, set[str]] = {}


def classes_of(file: str) -> set[str]:
    if file not in _classes:
        try:
            tree = ast.parse((ROOT / file).read_text(encoding="utf-8"))
            _classes[file] = {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
        except (OSError, SyntaxError):
            _classes[file] = set()
    return _classes[file]


def first_location(message: ET.Element) -> tuple[str, int]:
    location = message.find("location")
    if location is None:
        return ("", 0)
    return (location.get("filename", ""), int(location.get("line", "0") or 0))


def fix_contexts(ts: Path, root: ET.Element, warnings: list[str]) -> None:
    """Move messages from lupdate's guessed contexts to the ones the code uses at run time."""
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    touched = set()
    for name, context in list(contexts.items()):
        for message in context.findall("message"):
            files = {source_file(ts, loc) for loc in message.findall("location")}
            target = next((RUNTIME_CONTEXT[f, name] for f in [*sorted(files), "*"]
                           if (f, name) in RUNTIME_CONTEXT), None)
            if target is None:
                if files and name not in KNOWN_CONTEXTS and not any(
                        name in classes_of(f) for f in files):
                    line = first_location(message)[1]
                    warnings.append(
                        f"context {name!r} ({', '.join(sorted(files))}:{line}, "
                        f"{message.findtext('source')!r}) is no class there; at run time the "
                        f"text is looked up elsewhere: add the file and context to "
                        f"RUNTIME_CONTEXT in scripts/fill_translations.py")
                continue
            context.remove(message)
            if target not in contexts:
                new = ET.Element("context")
                ET.SubElement(new, "name").text = target
                contexts[target] = new
                root.append(new)
            same = next((m for m in contexts[target].findall("message")
                         if m.findtext("source") == message.findtext("source")
                         and m.findtext("comment") == message.findtext("comment")), None)
            if same is None:
                contexts[target].append(message)
            else:                                       # one message, both places
                at = len(same.findall("location"))
                for location in message.findall("location"):
                    same.insert(at, location)
                    at += 1
            touched.add(target)
        if not context.findall("message"):
            root.remove(context)
    for name in touched:                                # source order, as lupdate has it
        context = contexts[name]
        messages = sorted(context.findall("message"), key=first_location)
        for message in messages:
            context.remove(message)
        context.extend(messages)
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in ordered:
        root.remove(context)
    root.extend(ordered)


def add_qt_texts(root: ET.Element, qt_words: dict) -> None:
    """Messages for Qt's own texts, in their Qt contexts, where lupdate has none."""
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    for context_name, source in qt_words:
        context = contexts.get(context_name)
        if context is None:
            context = contexts[context_name] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
        if not any(m.findtext("source") == source for m in context.findall("message")):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished")
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in ordered:
        root.remove(context)
    root.extend(ordered)


def set_translation(message: ET.Element, text: str | None, forms: int) -> None:
    """The translation text (None: unfinished and empty); numerus messages get `forms` forms."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") in ("vanished", "obsolete"):
        return
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if text is None:
        translation.set("type", "unfinished")
    if message.get("numerus") == "yes":
        translation.text = None
        if text is not None:
            for _ in range(forms):
                ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = text


def protect(text: str) -> str:
    """lupdate's escaping (qt's ts.cpp protect())."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in "\"&<>'":
            out.append({'"': "&quot;", "&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&apos;"}[ch])
        elif (code < 0x20 or (code > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append(f"&#x{code:x};")
        else:
            out.append(ch)
    return "".join(out)


def serialize(element: ET.Element, depth: int = 0) -> list[str]:
    """The element in lupdate's layout: contexts at the margin, then four spaces a level."""
    pad = "    " * max(depth - 1, 0)
    attributes = "".join(f' {k}="{protect(v)}"' for k, v in element.attrib.items())
    children = list(element)
    if not children:
        if element.tag == "location" and not element.text:
            return [f"{pad}<{element.tag}{attributes}/>"]
        return [f"{pad}<{element.tag}{attributes}>{protect(element.text or '')}</{element.tag}>"]
    lines = [f"{pad}<{element.tag}{attributes}>{protect((element.text or '').strip())}"]
    for child in children:
        lines += serialize(child, depth + 1)
    lines.append(f"{pad}</{element.tag}>")
    return lines


def write(path: Path, root: ET.Element) -> None:
    head = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    path.write_text("\n".join(head + serialize(root)) + "\n", encoding="utf-8")


# --- one file --------------------------------------------------------------------------------

def fill(path: Path, words: dict | None, used: set, problems: list[str], warnings: list[str],
         qt_words: dict | None = None) -> tuple[list[tuple[str, str]], Counter]:
    """Fill one .ts (words None: English, the source text); (missing messages, done a context)."""
    root = ET.parse(path).getroot()
    language = (root.get("language") or path.stem.rsplit("_", 1)[-1]).split("_")[0]
    forms = NUMERUS_FORMS.get(language, 2)
    fix_contexts(path, root, warnings)
    if words is not None and qt_words:
        add_qt_texts(root, qt_words)
        words = {**qt_words, **words}
    missing, done = [], Counter()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        letters: dict[str, list[str]] = {}
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            if words is None:
                set_translation(message, source, forms)
                done[name] += 1
                continue
            keys = ([(f"{name}|{comment}", source)] if comment else []) + [(name, source)]
            key = next((k for k in keys if k in words), None)
            if key is None:
                set_translation(message, None, forms)
                missing.append((keys[0][0], source))
                continue
            used.add(key)
            text, line = words[key]
            refuse, warn = check(source, text)
            where = f"{line}: {name}: {source!r}"
            warnings += [f"{where}: {w}" for w in warn]
            if refuse:
                problems += [f"{where}: refused: {r}" for r in refuse]
                set_translation(message, None, forms)
                continue
            set_translation(message, text, forms)
            done[name] += 1
            for letter in MNEMONIC.findall(text):
                letters.setdefault(letter.lower(), []).append(text)
        for letter, texts in letters.items():
            if len(set(texts)) > 1:
                warnings.append(f"{name}: mnemonic &{letter} in "
                                f"{', '.join(map(repr, sorted(set(texts))))}")
    write(path, root)
    return missing, done


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    problems: list[str] = []
    warnings: list[str] = []
    words = qt_words = None
    used: set = set()
    missing_all: list[tuple[str, str]] = []
    for path in map(Path, paths):
        vietnamese = path.stem.endswith("_vi")
        if vietnamese and words is None:
            words = read_tsv(TSV, problems)
            qt_words = read_tsv(QT_TSV, problems) if QT_TSV.exists() else {}
        missing, done = fill(path, words if vietnamese else None, used, problems, warnings,
                             qt_words if vietnamese else None)
        total = sum(done.values())
        print(f"{path.name}: {total} translated, {len(missing)} missing"
              + (f" ({', '.join(f'{c or chr(34) * 2} {n}' for c, n in sorted(done.items()))})"
                 if vietnamese else ""))
        if vietnamese:
            missing_all += missing
    for line in dict.fromkeys(warnings):             # once, though both files have it
        print(f"warning: {line}", file=sys.stderr)
    if words is not None:
        unused = sorted(set(words) - used, key=lambda k: int(words[k][1].rsplit(":", 1)[1]))
        for key in unused:
            print(f"note: {words[key][1]}: {key[0]}: {key[1]!r} matches no message "
                  "(gone from the code, or not seen by lupdate)", file=sys.stderr)
    for line in problems:
        print(f"error: {line}", file=sys.stderr)
    if missing_all:
        print(f"error: {len(missing_all)} message(s) have no Vietnamese translation; add these "
              f"lines to {os.path.relpath(TSV, ROOT)} (translation in the third column):",
              file=sys.stderr)
        for context, source in missing_all:
            print(f"{context}\t{escape(source)}\t", file=sys.stderr)
    return 1 if missing_all or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
