"""The tokens of an XLSForm expression, and the syntax error that names the bad spot."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["UNSUPPORTED_OPS", "ExpressionError", "Token", "tokenize"]


class ExpressionError(Exception):
    """A syntax error at `position` (0-based offset into `text`)."""

    def __init__(self, message: str, text: str, position: int):
        super().__init__(message)
        self.message, self.text, self.position = message, text, position

    def caret(self) -> str:
        return " " * self.position + "^"


# --- tokens ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Token:
    """One token: kind is number, string, ref, name, op or end; `value` is what it holds."""

    kind: str
    value: object
    start: int
    end: int


_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<name>[^\W\d][\w.\-]*(?::[^\W\d][\w.\-]*)?)
  | (?P<op>!=|<=|>=|\.\.|[=<>+\-*/(),.\[\]|@])
""", re.VERBOSE)
_NAME = re.compile(r"[^\W\d][\w.\-]*")
_WORD_OPERATORS = frozenset({"and", "or", "div", "mod"})
_MISTAKES = {
    "==": "use = to compare, not ==", "=>": "use >= for 'at least', not =>",
    "=<": "use <= for 'at most', not =<", "<>": "use != for 'not equal', not <>",
    "&&": "use and, not &&", "||": "use or, not ||",
    "//": "'//' paths are not supported: write ${name}",
    "!": "use != for 'not equal', or not(...)", "&": "use and, not &",
    ";": "use , between arguments, not ;",
}
UNSUPPORTED_OPS = {"|": "the node-set union | is not supported",
                    "[": "predicates [...] are not supported",
                    "@": "attributes (@) are not supported"}
_TYPOGRAPHIC = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'}


def tokenize(text: str) -> list[Token]:
    """The tokens of `text`, ending with an 'end' token; ExpressionError at a bad character."""
    tokens: list[Token] = []
    at = 0
    while at < len(text):
        if text.startswith("${", at):
            tokens.append(_reference(text, at))
            at = tokens[-1].end
            continue
        match = None if text[at:at + 2] in _MISTAKES else _TOKEN.match(text, at)
        if match is None:
            raise ExpressionError(_bad_spot(text, at), text, at)
        if match.lastgroup != "space":
            tokens.append(_token(match, tokens[-1] if tokens else None))
        at = match.end()
    tokens.append(Token("end", None, len(text), len(text)))
    return tokens


def _reference(text: str, at: int) -> Token:
    close = text.find("}", at)
    if close < 0:
        raise ExpressionError("'${' is never closed: add }", text, at)
    name = text[at + 2:close]
    if not _NAME.fullmatch(name):
        raise ExpressionError(f"'{text[at:close + 1]}' is not a question reference: write "
                              "${name}", text, at)
    return Token("ref", name, at, close + 1)


def _token(match: re.Match[str], previous: Token | None) -> Token:
    kind, text = match.lastgroup or "", match.group()
    value: object = text
    if kind == "number":
        value = float(text)
    elif kind == "string":
        value = text[1:-1]
    elif kind == "name" and text in _WORD_OPERATORS and _ends_operand(previous):
        kind = "op"
    return Token(kind, value, match.start(), match.end())


def _ends_operand(token: Token | None) -> bool:
    if token is None:
        return False
    return token.kind in ("number", "string", "ref", "name") or token.value in (")", ".", "..")


def _bad_spot(text: str, at: int) -> str:
    char = text[at]
    if char in _TYPOGRAPHIC:
        return f"typographic quote {char} : use a straight {_TYPOGRAPHIC[char]}"
    if char in "'\"":
        curly = next((c for c in text[at:] if c in _TYPOGRAPHIC), "")
        hint = f" ({curly} is a typographic quote)" if curly else ""
        return f"the text starting here is never closed: add a closing {char}{hint}"
    if char == "$":
        return "a reference is written ${name}"
    return _MISTAKES.get(text[at:at + 2]) or _MISTAKES.get(char) or f"unexpected character {char!r}"
