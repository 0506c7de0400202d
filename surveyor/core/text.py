"""Text as people search it: without case or diacritics ("bat trang" finds "Bát Tràng").

Shared by the store's response list (its search keys), the window's choice completer and
export file names. Unicode normalisation of answers themselves (NFC) is responses.py's.
"""

from __future__ import annotations

import re
import unicodedata

# The Unicode blocks of combining diacritical marks (NFD puts Vietnamese tones and hats there).
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# In NFD text, anything but ASCII and the first block of marks: fold it the general way.
_OTHER = re.compile("[^\x00-\x7f\u0300-\u036f]")
# After casefold: đ, and ð (from Ð, the Icelandic eth, which looks the same and is typed for it).
_LETTERS = str.maketrans({"đ": "d", "ð": "d"})


def fold(text: str) -> str:
    """Text without case or diacritics: casefold, combining marks dropped (NFD), đ -> d."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "d"))
    if _OTHER.search(decomposed) is None:          # Vietnamese: ASCII once its marks go
        return decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return _MARKS.sub("", decomposed.casefold()).translate(_LETTERS)
