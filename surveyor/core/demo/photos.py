"""Sample photos for the demo, drawn with Pillow: an eco-label on a product, a shopping bag, a
package, each with the establishment's name on it (so no two are alike) and a little grain.

The same seed and name give the same bytes with the same Pillow (its own font, no system
font: the text is written without diacritics, which Pillow's font lacks). A photo then goes
through the attach path (filling/media.py) like one a person picks.
"""

from __future__ import annotations

import io
import random

from surveyor.core.filling.media import AttachedFile, attach_bytes
from surveyor.core.forms.model import Question
from surveyor.core.text import fold

KINDS = ("label", "bag", "package")
FILE_NAMES = {"label": "nhan-sinh-thai", "bag": "tui", "package": "bao-bi"}
SIZE = (1200, 900)
_INK = (30, 30, 30)


def _text(name: str) -> str:
    return fold(name).upper()[:28]


def _background(rng: random.Random):
    from PIL import Image, ImageDraw

    top = tuple(rng.randint(150, 230) for _ in range(3))
    picture = Image.new("RGB", SIZE, top)
    draw = ImageDraw.Draw(picture)
    for y in range(0, SIZE[1], 6):                   # a soft light from above
        shade = tuple(max(0, c - y // 12) for c in top)
        draw.rectangle((0, y, SIZE[0], y + 6), fill=shade)
    for _ in range(900):                             # grain, as a phone camera has
        x, y = rng.randrange(SIZE[0]), rng.randrange(SIZE[1])
        grey = rng.randint(-25, 25)
        draw.point((x, y), fill=tuple(max(0, min(255, c + grey)) for c in top))
    return picture, draw


def _font(size: int):
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


def _label(draw, rng: random.Random, name: str) -> None:
    """A product box with a round green eco-label on it."""
    draw.rounded_rectangle((180, 120, 1020, 800), 30, fill=(245, 240, 225), outline=_INK, width=4)
    green = (20, rng.randint(120, 160), 60)
    draw.ellipse((560, 200, 940, 580), fill=green, outline=(255, 255, 255), width=10)
    draw.polygon([(750, 260), (850, 400), (750, 520), (650, 400)], fill=(190, 235, 160))
    draw.line((750, 280, 750, 510), fill=green, width=8)
    draw.text((600, 600), "NHAN XANH", font=_font(54), fill=green)
    draw.text((220, 160), _text(name), font=_font(40), fill=_INK)
    draw.text((220, 700), f"LO {rng.randint(100, 999)}", font=_font(34), fill=_INK)


def _bag(draw, rng: random.Random, name: str) -> None:
    """A shopping bag with handles and the stall's name printed on it."""
    colour = rng.choice(((230, 60, 60), (250, 250, 250), (60, 140, 220), (40, 160, 90)))
    draw.polygon([(330, 300), (870, 300), (960, 820), (240, 820)], fill=colour, outline=_INK)
    for left in (420, 680):
        draw.arc((left, 120, left + 140, 420), 180, 360, fill=_INK, width=14)
    ink = _INK if sum(colour) > 600 else (255, 255, 255)
    draw.text((330, 480), _text(name), font=_font(42), fill=ink)
    draw.text((330, 560), rng.choice(("TUI NILON", "TUI PHAN HUY SINH HOC", "TUI GIAY")),
              font=_font(36), fill=ink)


def _package(draw, rng: random.Random, name: str) -> None:
    """A cardboard package with a bar code and the maker's name."""
    draw.polygon([(200, 300), (700, 200), (1000, 300), (500, 420)], fill=(214, 170, 112))
    draw.polygon([(200, 300), (500, 420), (500, 840), (200, 700)], fill=(186, 140, 86))
    draw.polygon([(500, 420), (1000, 300), (1000, 700), (500, 840)], fill=(200, 155, 100))
    x = 560
    for _ in range(34):                              # the bar code
        width = rng.choice((3, 3, 6, 9))
        draw.rectangle((x, 560, x + width, 700), fill=_INK)
        x += width + rng.choice((3, 6))
    draw.text((530, 460), _text(name), font=_font(30), fill=_INK)


def sample_photo(kind: str, name: str, seed: int) -> bytes:
    """A JPEG of `kind` (one of KINDS) with `name` on it."""
    rng = random.Random(f"{kind}/{name}/{seed}")
    picture, draw = _background(rng)
    {"label": _label, "bag": _bag, "package": _package}[kind](draw, rng, name)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=88)
    return out.getvalue()


def attached_photo(kind: str, name: str, seed: int, question: Question, number: int = 1
                   ) -> AttachedFile:
    """A sample photo as the question's answer would attach it (downscaled to its max-pixels),
    named as a camera would: `nhan-sinh-thai-007.jpg`."""
    return attach_bytes(sample_photo(kind, name, seed), f"{FILE_NAMES[kind]}-{number:03d}.jpg",
                        question)
