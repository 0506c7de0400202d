"""Media benchmark: a sync workbook carrying 200 photos: its size, and the time to export and
import it (issue 14). Prints figures measured in this one run; it asserts nothing.

  .venv/bin/python bench/media.py               # 200 photos (one per response), 12 MP taken
  .venv/bin/python bench/media.py --photos 50

The photos are synthetic but photo-like to a JPEG encoder: a scene with shapes and camera grain
at 4000 x 3000, so that attaching them (downscaled to 1600 px, JPEG 85) gives files of the size
real ones have (a few hundred kB; flat drawings would compress to a tenth of that). Four are
attached (timed); the 200 are those four with a number drawn on each, JPEG 85 again.
Also measured: attaching one such photo, the workbook's parts, an export without the files.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FORM_MD = """
| survey |
|        | type  | name | label::Tiếng Việt (vi) |
|        | text  | ten  | Tên cơ sở              |
|        | image | anh  | Ảnh nhãn sinh thái     |
| settings |
|          | form_id | version |
|          | nhan    | 1       |
"""


def camera_photo(seed: int, size: tuple[int, int] = (4000, 3000)) -> bytes:
    """A 12 MP JPEG with the detail and grain of a phone photo (numpy draws the grain)."""
    import numpy as np
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    small = Image.new("RGB", (size[0] // 8, size[1] // 8), tuple(rng.randint(60, 200) for _ in range(3)))
    draw = ImageDraw.Draw(small)
    for _ in range(40):
        x, y = rng.randrange(small.width), rng.randrange(small.height)
        r = rng.randint(10, 120)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randint(0, 255) for _ in range(3)))
    scene = np.asarray(small.resize(size, Image.Resampling.BICUBIC), dtype=np.int16)
    grain = np.random.default_rng(seed).normal(0, 22, scene.shape).astype(np.int16)
    picture = Image.fromarray(np.clip(scene + grain, 0, 255).astype(np.uint8))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92)
    return out.getvalue()


def numbered(data: bytes, number: int):
    """An attached photo made different (its number drawn in a corner), JPEG 85 as attached."""
    from PIL import Image, ImageDraw

    from surveyor.core.filling.media import JPEG_QUALITY, file_of

    picture = Image.open(io.BytesIO(data))
    ImageDraw.Draw(picture).text((20, 20), f"{number:04d}", fill=(255, 255, 255))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return file_of(out.getvalue(), f"IMG_{number:04d}.jpg", "image/jpeg")


def main() -> None:
    from surveyor.core.filling.media import attach_bytes
    from surveyor.core.forms.xlsform import form_from_markdown
    from surveyor.core.responses import Response, new_uuid
    from surveyor.core.store import Store
    from surveyor.core.sync.export import export_workbook
    from surveyor.core.sync.merge import import_workbooks
    from surveyor.core.workbook import read_workbook

    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=200)
    args = parser.parse_args()
    form = form_from_markdown(FORM_MD)
    forms = {(form.form_id, form.version): form}
    question = form.question("anh")
    with tempfile.TemporaryDirectory(prefix="surveyor-bench-media-") as folder:
        tmp = Path(folder)
        start = time.perf_counter()
        taken = [camera_photo(i) for i in range(4)]
        made = time.perf_counter() - start
        start = time.perf_counter()
        ready = [attach_bytes(photo, f"IMG_{i:04d}.jpg", question) for i, photo in enumerate(taken)]
        attach = (time.perf_counter() - start) / len(taken)
        files = [numbered(ready[i % len(ready)].data, i) for i in range(args.photos)]
        size = sum(f.size for f in files)
        with Store(tmp / "field.sqlite") as store:
            with store.transaction():
                store.media.put(files)
                for i, attached in enumerate(files):
                    store.save(Response(new_uuid(), "nhan", "1", answers={
                        "ten": f"Cơ sở {i}", "anh": attached.answer}), who="bench")
            start = time.perf_counter()
            stats = export_workbook(store, tmp / "photos.xlsx", forms, who="bench")
            export = time.perf_counter() - start
            start = time.perf_counter()
            export_workbook(store, tmp / "light.xlsx", forms, who="bench", media=False)
            light = time.perf_counter() - start
        workbook = (tmp / "photos.xlsx").stat().st_size
        start = time.perf_counter()
        read = read_workbook(tmp / "photos.xlsx", forms)
        reading = time.perf_counter() - start
        with Store(tmp / "ward.sqlite") as ward:
            start = time.perf_counter()
            report = import_workbooks(ward, [tmp / "photos.xlsx"], forms, who="bench")
            imported = time.perf_counter() - start
            assert report.counts["new"] == args.photos and len(read.media) == args.photos
            assert all(ward.media.get(f.sha256).data == f.data for f in files)
        print(f"photos: {args.photos}, attached at 1600 px / JPEG 85 from 4000x3000: "
              f"{size / args.photos / 1000:.0f} kB each, {size / 1e6:.1f} MB in all "
              f"(drawing {len(taken)} camera photos took {made:.1f} s)")
        assert len({f.sha256 for f in files}) == args.photos
        print(f"attach one photo (EXIF, downscale, JPEG): {attach * 1000:.0f} ms")
        print(f"workbook: {workbook / 1e6:.1f} MB ({workbook / size:.2f} x the photos); "
              f"without files (--no-media): {(tmp / 'light.xlsx').stat().st_size / 1e3:.0f} kB")
        print(f"export: {export:.2f} s (without files {light:.2f} s); {stats.media}")
        print(f"read and check (sha256 of each file): {reading:.2f} s; "
              f"import into a fresh store: {imported:.2f} s")


if __name__ == "__main__":
    main()
