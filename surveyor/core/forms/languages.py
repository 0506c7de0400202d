"""Which language a name means: the one place that decides it, for form content (the `label::…`
columns) read by the form reader, the live form, validation messages and the workbook dictionary."""

from __future__ import annotations

import re

from surveyor.core.forms.model import Form

_NAMED = {"tiếng việt": "vi", "vietnamese": "vi", "english": "en", "tiếng anh": "en"}


def _parts(text: str) -> tuple[str, str]:
    """("english", "en") for "English (en)"; ("english", "") for "English"."""
    match = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", text)
    base, code = (match[1], match[2]) if match else (text, "")
    return base.strip().casefold(), code.strip().casefold()


def match_language(name: str, known: list[str]) -> str | None:
    """The language in `known` that `name` means: the same, or alike ("English", "English (en)",
    "en"); names that both carry a code match only on that code."""
    if name in known:
        return name
    base, code = _parts(name)
    for other in known:
        other_base, other_code = _parts(other)
        if code and other_code:
            if code == other_code:
                return other
        elif base in (other_base, other_code) or (code and code == other_base):
            return other
    return None


def form_language(form: Form, language: str | None) -> str:
    """The form's own name for `language` ('vi' or 'Tiếng Việt' finds 'Tiếng Việt (vi)'); the
    form's default for None; `language` itself when the form has no such language."""
    if language is None:
        return form.default_language
    return match_language(language.strip(), list(form.languages)) or language


def language_code(language: str | None) -> str:
    """The code a language name carries: 'vi' for 'Tiếng Việt (vi)', 'Tiếng Việt' or 'vi'."""
    base, code = _parts((language or "").strip())
    return code or _NAMED.get(base, base)


def is_vietnamese(language: str | None) -> bool:
    return language_code(language) == "vi"
