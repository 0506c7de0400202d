"""Which language a name means: the one place that decides it, for form content (the `label::…`
columns) read by the form reader, the live form, validation messages and the workbook dictionary."""

from __future__ import annotations

import re

from surveyor.core.forms.model import Finding, Form

# Language names as forms write them (in English and in the language itself), by code: a
# column `label::العربية` is the language a setting calls "Arabic".
_NAMED = {
    "tiếng việt": "vi", "vietnamese": "vi", "english": "en", "tiếng anh": "en",
    "arabic": "ar", "العربية": "ar", "عربي": "ar", "french": "fr", "français": "fr",
    "francais": "fr", "spanish": "es", "español": "es", "espanol": "es", "portuguese": "pt",
    "português": "pt", "portugues": "pt", "swahili": "sw", "kiswahili": "sw",
    "chinese": "zh", "中文": "zh", "hindi": "hi", "हिन्दी": "hi", "bengali": "bn",
    "bangla": "bn", "বাংলা": "bn", "nepali": "ne", "नेपाली": "ne", "russian": "ru",
    "русский": "ru", "ukrainian": "uk", "українська": "uk", "amharic": "am", "አማርኛ": "am",
    "somali": "so", "soomaali": "so", "hausa": "ha", "burmese": "my", "myanmar": "my",
    "khmer": "km", "lao": "lo", "thai": "th", "ไทย": "th", "indonesian": "id",
    "bahasa indonesia": "id", "turkish": "tr", "türkçe": "tr", "persian": "fa", "farsi": "fa",
    "فارسی": "fa", "dari": "prs", "pashto": "ps", "پښتو": "ps", "urdu": "ur", "اردو": "ur",
    "kurdish": "ku", "tigrinya": "ti", "oromo": "om", "japanese": "ja", "日本語": "ja",
    "italian": "it", "italiano": "it", "czech": "cs", "čeština": "cs", "german": "de",
    "deutsch": "de",
}
_MISSING = re.compile(r"Language '(.*)' is missing the (survey|choices) (?:columns? )?(.*?)"
                      r"(?: column)?\.$")


def _parts(text: str) -> tuple[str, str]:
    """("english", "en") for "English (en)"; ("english", "") for "English"."""
    match = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", text)
    base, code = (match[1], match[2]) if match else (text, "")
    return base.strip().casefold(), code.strip().casefold()


def match_language(name: str, known: list[str]) -> str | None:
    """The language in `known` that `name` means: the same, or alike ("English", "English (en)",
    "en"); names that both carry a code match only on that code. Failing that, a known name
    of the same language ("Arabic" for "العربية")."""
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
    named = language_code(name)
    alike = [other for other in known if named and language_code(other) == named
             and not (code and _parts(other)[1])]
    return alike[0] if len(alike) == 1 else None


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


def is_missing_texts(message: str) -> bool:
    """Whether a reader's warning says a language lacks some columns (pyxform's wording)."""
    return bool(_MISSING.match(message.strip()))


def missing_texts_finding(messages: list[str], default: str) -> Finding | None:
    """One finding for every "Language X is missing the ... column" warning: a text missing in
    a language shows in the default language, else in any language the form has it in."""
    gaps: dict[str, list[str]] = {}
    for message in messages:
        match = _MISSING.match(message.strip())
        if match:
            name = "the unnamed language" if match[1] == "default" else match[1]
            gaps.setdefault(name, []).append(f"{match[2]} {match[3]}")
    if not gaps:
        return None
    listed = "; ".join(f"{name}: {', '.join(parts)}" for name, parts in gaps.items())
    fallback = default or "the unnamed language"
    return Finding("survey", None, None, f"some languages lack some columns ({listed})",
                   "info", f"a text missing in one language is shown in {fallback}, else in "
                   "any language the form has it in")
