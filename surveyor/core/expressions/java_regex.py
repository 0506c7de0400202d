"""regex() patterns as ODK Collect reads them (Java's java.util.regex), for Python's `re`.

Form authors test their constraints in ODK Collect, so a pattern means what Java makes of it:

- `\\w`, `\\d`, `\\s`, `\\b` are ASCII (Java's default; `re.ASCII` here): "Nguyễn" is not `\\w+`
  in Collect, nor here;
- a `-` in a character class next to a class shorthand (`[\\w-\\.]`, the common e-mail
  pattern) or at either end is a literal `-`; Python refuses `\\w-\\.` as a bad range;
- `\\p{…}` / `\\P{…}` Unicode and POSIX classes (the usual ones, see PROPERTIES), also inside
  a character class; `\\Q…\\E` quoting; `\\z` (end), `\\Z` (end before a final newline), `\\h`
  (horizontal space);
- possessive quantifiers (`a*+`) and atomic groups Python 3.11 reads as Java does.

What neither engine would take, or what this does not translate (class intersection `&&`,
unknown properties), raises PatternError, which `form check` reports with the pattern.
Patterns run on the `regex` module (re's syntax, V0), whose matching takes a timeout: a
pattern that backtracks without end (`(a|aa)+b` on a long answer) is stopped after
MATCH_SECONDS and counts as not matching, so a hostile form cannot hang the window.
"""

from __future__ import annotations

import re

import regex

PatternError = regex.error
MATCH_SECONDS = 0.25

# Java's \p{…} names -> a Python expression matching one such character (ASCII ones as Java
# defines them by default; the Unicode ones through a scoped (?u:…) in an ASCII pattern).
_LETTER = r"(?u:[^\W\d_])"
PROPERTIES = {
    **dict.fromkeys(("L", "IsL", "IsLetter", "IsAlphabetic", "Letter"), _LETTER),
    **dict.fromkeys(("N", "Nd", "IsN", "IsDigit", "IsNd"), r"(?u:\d)"),
    "Lower": "[a-z]", "Upper": "[A-Z]", "ASCII": r"[\x00-\x7f]", "Alpha": "[a-zA-Z]",
    "Digit": "[0-9]", "Alnum": "[a-zA-Z0-9]", "Punct": r"[!-/:-@\[-`{-~]",
    "Graph": r"[!-~]", "Print": r"[ -~]", "Blank": r"[ \t]", "Cntrl": r"[\x00-\x1f\x7f]",
    "XDigit": "[0-9a-fA-F]", "Space": r"[ \t\n\x0b\f\r]",
    "IsWhite_Space": r"(?u:\s)", "javaWhitespace": r"(?u:\s)",
}
_SHORTHANDS = frozenset("wdsWDS")
_HSPACE = "[ \\t\\xa0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000]"


def compile_java(pattern: str) -> regex.Pattern:
    """The pattern compiled with Java's meaning (see the module's docstring)."""
    return regex.compile(translate(pattern), regex.ASCII | regex.V0)


def matches(compiled: regex.Pattern, value: str) -> bool:
    """Java's Pattern.matches (the whole value); False when it runs past MATCH_SECONDS."""
    try:
        return compiled.fullmatch(value, timeout=MATCH_SECONDS) is not None
    except TimeoutError:
        return False


def translate(pattern: str) -> str:
    out, i = [], 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            text, i = _escape(pattern, i)
            out.append(text)
        elif char == "[":
            text, i = _class(pattern, i)
            out.append(text)
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _property(pattern: str, i: int) -> tuple[str, bool, int]:
    """\\p{Name} or \\pL at i: (Python expression, negated, next index)."""
    negated = pattern[i + 1] == "P"
    if i + 2 < len(pattern) and pattern[i + 2] == "{":
        end = pattern.find("}", i + 3)
        if end < 0:
            raise PatternError("unterminated \\p{", pattern, i)
        name, after = pattern[i + 3:end], end + 1
    else:
        name, after = pattern[i + 2:i + 3], i + 3
    name = name.removeprefix("Is") if name.removeprefix("Is") in PROPERTIES else name
    if name not in PROPERTIES:
        raise PatternError(f"unknown property \\p{{{name}}}", pattern, i)
    return PROPERTIES[name], negated, after


def _escape(pattern: str, i: int) -> tuple[str, int]:
    """One escape outside a character class."""
    if i + 1 >= len(pattern):
        raise PatternError("trailing backslash", pattern, i)
    code = pattern[i + 1]
    if code in "pP":
        expression, negated, after = _property(pattern, i)
        return (f"(?:(?!{expression})(?s:.))" if negated else expression), after
    if code == "Q":
        end = pattern.find("\\E", i + 2)
        end = len(pattern) if end < 0 else end
        return re.escape(pattern[i + 2:end]), min(end + 2, len(pattern))
    special = {"z": r"\Z", "Z": r"(?=\n?\Z)", "h": _HSPACE}
    return special.get(code, pattern[i:i + 2]), i + 2


def _class(pattern: str, start: int) -> tuple[str, int]:
    """A character class from `[` at start: (Python text, the index after its `]`)."""
    i, negated = start + 1, False
    if i < len(pattern) and pattern[i] == "^":
        negated, i = True, i + 1
    atoms: list[tuple[str, str]] = []          # (kind, text): "char", "set", "dash", "expr"
    first = True
    while True:
        if i >= len(pattern):
            raise PatternError("unterminated character set", pattern, start)
        char = pattern[i]
        if char == "]" and not first:
            i += 1
            break
        first = False
        if char == "\\":
            if i + 1 >= len(pattern):
                raise PatternError("trailing backslash", pattern, i)
            code = pattern[i + 1]
            if code in "pP":
                expression, inverted, i = _property(pattern, i)
                atoms.append(("expr", f"(?:(?!{expression})(?s:.))" if inverted else expression))
                continue
            if code == "Q":
                end = pattern.find("\\E", i + 2)
                end = len(pattern) if end < 0 else end
                atoms.extend(("char", re.escape(c)) for c in pattern[i + 2:end])
                i = min(end + 2, len(pattern))
                continue
            atoms.append(("set" if code in _SHORTHANDS else "char", pattern[i:i + 2]))
            i += 2
        elif char == "&" and pattern.startswith("&&", i):
            raise PatternError("class intersection (&&) is not supported", pattern, i)
        elif char == "[":
            raise PatternError("nested character classes are not supported", pattern, i)
        elif char == "-":
            atoms.append(("dash", "-"))
            i += 1
        else:
            atoms.append(("char", "\\" + char if char in "[]^\\" else char))
            i += 1
    return _assemble(atoms, negated), i


def _assemble(atoms: list[tuple[str, str]], negated: bool) -> str:
    """Join a class's atoms: a `-` is a range only between two single characters."""
    parts, expressions = [], []
    for n, (kind, text) in enumerate(atoms):
        if kind == "expr":
            expressions.append(text)
        elif kind == "dash":
            before = atoms[n - 1][0] if n else None
            after = atoms[n + 1][0] if n + 1 < len(atoms) else None
            parts.append("-" if before == "char" and after == "char" else r"\-")
        else:
            parts.append(text)
    body = "".join(parts)
    if not expressions:
        return f"[{'^' if negated else ''}{body}]"
    choices = "|".join(([f"[{body}]"] if body else []) + expressions)
    return f"(?:(?!{choices})(?s:.))" if negated else f"(?:{choices})"
