"""Realistic sample data for the bundled forms (`surveyor demo`), the same for the same seed.

Some establishments get a sample photo (demo/photos.py) as the answer of their form's first
image question, stored with the states that name it."""

from __future__ import annotations

import datetime as dt
import random
import uuid as uuidlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from surveyor.core.demo import vocabulary as vocab
from surveyor.core.demo.photos import KINDS, attached_photo
from surveyor.core.filling.media import AttachedFile
from surveyor.core.filling.validation import clean
from surveyor.core.forms.model import Form
from surveyor.core.progress import SILENT, Progress
from surveyor.core.responses import COMPLETE, DRAFT, RepeatRow, Response, Value

if TYPE_CHECKING:
    from surveyor.core.store import Store

FIRST_DAY = dt.datetime(2026, 10, 1, 8, 0)
BATCH = 100
PHOTO_SHARE = 0.4        # of the responses of a form with an image question
MAX_PHOTOS = 150         # drawing one takes ~15 ms: a big demo store stays quick to fill


def _pick(rng: random.Random, options: tuple[str, ...], low: int = 1, high: int = 2) -> str:
    """A select_multiple answer: some of `options`, in their order."""
    chosen = set(rng.sample(options, rng.randint(low, min(high, len(options)))))
    return " ".join(o for o in options if o in chosen)


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(vocab.FAMILY)} {rng.choice(vocab.MIDDLE)} {rng.choice(vocab.GIVEN)}"


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return rng.choice(("09", "03", "08")) + _digits(rng, 8)
    return "0243" + _digits(rng, 7)          # a Hà Nội landline


def _rounded(quantity: float) -> float:
    """A quantity as people write it: four significant digits."""
    return float(f"{quantity:.4g}")


def _yes(rng: random.Random, chance: float) -> str:
    return "yes" if rng.random() < chance else "no"


def _unused(rng: random.Random, used: set, make: Callable[[], tuple]) -> tuple:
    """A pick from make() whose (name, ward) is new, so no two establishments look alike."""
    for _ in range(20):
        picked = make()
        if picked[:2] not in used:
            break
    else:
        picked = (f"{picked[0]} {len(used) + 1}", *picked[1:])
    used.add(picked[:2])
    return picked


def _establishment(rng: random.Random, used: set) -> tuple[dict[str, Value], list[dict]]:
    """Form co_so_san_xuat: answers and material rows of one plausible establishment."""
    where, place, ward, sectors = rng.choice(vocab.PLACES)
    sector = rng.choice(sectors)
    word = vocab.SECTORS[sector][0]
    kind = _weighted(rng, vocab.KINDS["lang_nghe" if where == "lang_nghe" else "other"])
    name, _ = _unused(rng, used, lambda: (f"{word} {rng.choice(vocab.BRANDS)}", ward))
    tax = "01" + _digits(rng, 8)   # Hà Nội codes start 01; a household: none or a personal one
    if kind == "ho_kinh_doanh":
        tax = rng.choice(("", "80" + tax[2:]))
    branch = f"-00{rng.randint(1, 3)}" if tax and rng.random() < 0.1 else ""
    a: dict[str, Value] = {
        "ten_co_so": f"{rng.choice(vocab.PREFIXES[kind])} {name}", "loai_hinh": kind,
        "ma_so_thue": tax + branch, "phuong_xa": ward, "vi_tri": where, "nganh": sector,
        "dia_chi": (f"Lô CN{rng.randint(1, 12)}, {place}" if where in ("kcn", "ccn") else
                    f"Số {rng.randint(2, 300)} {rng.choice(vocab.STREETS)}"),
        "so_lao_dong": rng.randint(*vocab.WORKERS[kind]), "nguoi_tra_loi": _person(rng),
        "chuc_vu": rng.choice(vocab.POSITIONS[kind]), "dien_thoai": _phone(rng),
    }
    if where in vocab.PLACE_FIELDS:
        a[vocab.PLACE_FIELDS[where]] = place
    if rng.random() < 0.3:
        a["toa_do"] = f"{rng.uniform(20.85, 21.25):.5f} {rng.uniform(105.65, 106.0):.5f}"
    if where == "lang_nghe":
        a["dia_chi"] = f"Thôn {rng.choice(vocab.HAMLETS)}, {place}"
    a.update(_practices(rng, where, vocab.SECTORS[sector][3],
                        campaign=where == "lang_nghe" and place in vocab.CAMPAIGN_VILLAGES))
    return a, _materials(rng, sector, kind)


def _practices(rng: random.Random, where: str, labels: tuple[str, ...], *,
               campaign: bool = False) -> dict[str, Value]:
    """Sustainable production, labels and packaging of one establishment (`campaign`: in a
    craft village a campaign reached, so surely guided)."""
    guided = _yes(rng, 1.0 if campaign else vocab.GUIDED.get(where, 0.45))
    applies = rng.choice(("yes", "partly", "partly", "no") if guided == "yes" else ("partly", "no"))
    held = "none" if rng.random() < 0.4 else _pick(rng, labels, 1, 2)
    a: dict[str, Value] = {
        "duoc_huong_dan": guided, "ap_dung_sxsh": applies, "danh_gia_sxsh": _yes(rng, 0.2),
        "doi_moi_cong_nghe": _yes(rng, 0.4), "nhan_sinh_thai": held,
        "bao_bi": _pick(rng, vocab.PACKAGING, 1, 3), "chuoi_lien_ket": _yes(rng, 0.3),
        "truy_xuat_nguon_goc": _yes(rng, 0.35), "ghi_chu": rng.choice(vocab.NOTES),
    }
    if guided == "yes":
        a["don_vi_huong_dan"] = _pick(rng, vocab.GUIDES)
    if applies != "no":
        a["bien_phap_sxsh"] = _pick(rng, vocab.MEASURES, 1, 3)
    if a["danh_gia_sxsh"] == "yes":
        a["nam_danh_gia"] = rng.randint(2019, 2026)
    if held != "none":
        a["so_san_pham_nhan"] = rng.randint(1, 12)
    if "ocop" in held.split():
        a["hang_sao_ocop"] = rng.choice(("sao_3", "sao_3", "sao_4", "sao_5"))
    return a


def _materials(rng: random.Random, sector: str, kind: str) -> list[dict[str, Value]]:
    """2-4 main inputs; use per unit of output mostly 3-9% lower than last year."""
    _, out_unit, (low, high), _, materials = vocab.SECTORS[sector]
    scale = {"ho_kinh_doanh": 0.05, "hop_tac_xa": 0.2}.get(kind, 1.0)
    before = _rounded(rng.uniform(low, high) * scale)
    now = _rounded(before * rng.uniform(0.92, 1.12))
    rows = []
    for name, unit, per_unit in rng.sample(materials, rng.randint(2, min(4, len(materials)))):
        use = per_unit * rng.uniform(0.85, 1.15)
        change = rng.uniform(-0.09, -0.03) if rng.random() < 0.8 else rng.uniform(-0.02, 0.04)
        rows.append({"ten_nguyen_lieu": name, "don_vi": unit, "don_vi_san_pham": out_unit,
                     "sl_nam_truoc": _rounded(before * use),
                     "sl_nam_nay": _rounded(now * use * (1 + change)),
                     "san_luong_nam_truoc": before, "san_luong_nam_nay": now})
    return rows


def _vendor(rng: random.Random, used: set) -> tuple[dict[str, Value], list[dict[str, Value]]]:
    """Form tieu_thuong_cho: one market vendor."""
    market, ward, grade, nylon, other = rng.choice(vocab.MARKETS)
    goods = rng.choice(tuple(vocab.GOODS))
    stall, (low, high) = vocab.GOODS[goods]
    def stall_name() -> tuple[str, str]:
        return f"{stall} {rng.choice(vocab.TITLES)} {rng.choice(vocab.GIVEN)}", ward

    name, _ = _unused(rng, used, stall_name)
    kinds = _pick(rng, vocab.BAGS)
    if rng.random() < nylon:
        kinds = "nilon_kho_phan_huy " + kinds
    bags = rng.randint(low, high)
    ready = rng.choice(("yes", "neu_gia_tuong_duong", "neu_gia_tuong_duong", "no"))
    a: dict[str, Value] = {
        "ten_cho": market, "hang_cho": grade, "phuong_xa": ward, "ten_co_so": name,
        "so_quay": f"{rng.choice('ABCDE')}{rng.randint(1, 60):02d}",
        "mat_hang": " ".join(g for g in vocab.GOODS if g in (goods, rng.choice(list(vocab.GOODS)))),
        "dien_thoai": _phone(rng) if rng.random() < 0.6 else None, "so_tui_ngay": bags,
        "loai_tui": kinds, "chi_phi_tui_thang": int(round(bags * 30 * rng.uniform(20, 45), -3)),
        "biet_cuoc_van_dong": _yes(rng, 0.75), "san_sang_chuyen_doi": ready,
        "ban_sp_sinh_thai": _yes(rng, 0.35 if goods == "rau_cu_qua" else 0.1),
        "ten_cho_khac": other or None,
    }
    if ready == "no":
        a["ly_do_chua_chuyen"] = _pick(rng, ("gia_cao", "khach_chua_quen", "kho_tim_nguon",
                                             "kem_tien_dung"))
    return a, []


def _shop(rng: random.Random, used: set) -> tuple[dict[str, Value], list[dict[str, Value]]]:
    """Form sieu_thi_ttm: one supermarket, shopping centre or chain store."""
    def branch() -> tuple:
        (shop, *rest), (area, ward, address) = rng.choice(vocab.CHAINS), rng.choice(vocab.AREAS)
        return f"{shop} {area}", ward, address, *rest

    name, ward, address, kind, chain, nylon = _unused(rng, used, branch)
    uses = _yes(rng, nylon)
    return {
        "ten_co_so": name, "loai_hinh": kind, "he_thong": chain, "phuong_xa": ward,
        "dia_chi": address,
        "nguoi_tra_loi": _person(rng), "dien_thoai": _phone(rng),
        "chuc_vu": rng.choice(("Cửa hàng trưởng", "Quản lý ca", "Giám đốc siêu thị")),
        "dung_tui_kho_phan_huy": uses,
        "giai_phap_thay_the": _pick(rng, ("tui_phan_huy_sinh_hoc", "tui_giay", "tui_vai",
                                          "thung_carton", "khach_tu_mang"), 1, 3),
        "thong_diep_tuyen_truyen": _yes(rng, 0.8), "goc_san_pham_xanh": _yes(rng, 0.5),
        "ty_le_san_pham_nhan": round(rng.uniform(2, 35), 1),
        "lien_ket_nha_cung_cap": _yes(rng, 0.6),
    }, []


MAKERS = {"co_so_san_xuat": _establishment, "tieu_thuong_cho": _vendor, "sieu_thi_ttm": _shop}


def _latest(forms: Mapping[tuple[str, str], Form]) -> dict[str, Form]:
    """The newest version of each bundled form among `forms`."""
    found: dict[str, Form] = {}
    for (form_id, version), form in sorted(forms.items()):
        if form_id in MAKERS:
            found[form_id] = form
    return found


def _state(form: Form, answers: Mapping[str, Value], rows: list[dict[str, Value]],
           visit: dt.datetime) -> tuple[dict[str, Value], tuple[RepeatRow, ...]]:
    """Answers as the form keeps them: by question key, skip logic applied, calculations done."""
    keys = {q.name: q.key for q in form.questions()}
    repeat = next((r.key for r in form.repeats()), None)
    top = {keys[n]: v for n, v in answers.items() if n in keys and v not in (None, "")}
    repeats = [RepeatRow(repeat, i, {keys[n]: v for n, v in row.items() if n in keys})
               for i, row in enumerate(rows, 1)] if repeat else []
    return clean(form, top, repeats, now=visit)


def demo_responses(forms: Mapping[tuple[str, str], Form], responses: int = 40, seed: int = 0,
                   device: str = "demo") -> Iterator[list[Response]]:
    """Each item: the successive saved states of one sample response (two when it was edited)."""
    rng, bundled = random.Random(seed), _latest(forms)
    if not bundled:
        return
    ids = list(bundled)
    weights = [vocab.FORM_SHARES[i] for i in ids]
    duplicates = responses // 20 if responses >= 10 and "co_so_san_xuat" in bundled else 0
    used: set = set()
    made: list[tuple[dict[str, Value], list[dict[str, Value]]]] = []
    for n in range(responses):
        form_id = rng.choices(ids, weights)[0] if n < responses - duplicates else "co_so_san_xuat"
        if n >= responses - duplicates and made:
            original, rows = rng.choice(made)
            answers = dict(original)
            answers["so_lao_dong"] = int(answers["so_lao_dong"]) + rng.randint(-3, 5)
            answers["nguoi_tra_loi"] = _person(rng)
            answers["ten_co_so"] = str(answers["ten_co_so"]).replace("Công ty", "Cty")
        else:
            answers, rows = MAKERS[form_id](rng, used)
            if form_id == "co_so_san_xuat" and answers.get("ma_so_thue"):
                made.append((answers, rows))
        yield _states(rng, bundled[form_id], answers, rows, device)


def _states(rng: random.Random, form: Form, answers: dict[str, Value], rows: list[dict[str, Value]],
            device: str) -> list[Response]:
    """One response's saved states: a draft, a complete one, or two states of an edited one."""
    visit = FIRST_DAY + dt.timedelta(days=rng.randint(0, 50), hours=rng.randint(0, 8),
                                     minutes=rng.randint(0, 59))
    inspector = rng.choice(vocab.INSPECTORS)
    answers = {**answers, "start": visit.isoformat(), "today": visit.date().isoformat(),
               "end": (visit + dt.timedelta(minutes=rng.randint(15, 55))).isoformat(),
               "deviceid": device, "inspector": inspector}
    draft = {k: v for k, v in answers.items() if k not in vocab.LATER[form.form_id]}
    field = vocab.CORRECTED[form.form_id]
    corrected = {**answers, "ghi_chu": vocab.CORRECTION_NOTE, field: round(answers[field] * 1.1)}
    roll = rng.random()
    plan = ([(DRAFT, draft)] if roll < 0.15 else
            [(DRAFT, draft), (COMPLETE, answers)] if roll < 0.25 else
            [(COMPLETE, answers), (COMPLETE, corrected)] if roll < 0.35 else [(COMPLETE, answers)])
    base = Response(uuid=str(uuidlib.UUID(int=rng.getrandbits(128), version=4)),
                    form_id=form.form_id, form_version=form.version, inspector=inspector,
                    device=device,
                    created_at=(visit - dt.timedelta(hours=7)).isoformat())
    states = []
    for status, values in plan:
        top, repeats = _state(form, values, rows, visit)
        states.append(replace(base, status=status, answers=top, repeats=repeats))
    return states


def _photo_kind(answers: Mapping[str, Value]) -> str:
    """What the inspector photographed: the eco-label held, else the packaging, else a bag."""
    if answers.get("nhan_sinh_thai") not in (None, "none"):
        return KINDS[0]
    return KINDS[2] if answers.get("bao_bi") else KINDS[1]


class _Photos:
    """Sample photos for some responses: the same ones for the same seed, apart from the
    rest of the sample data (its own random stream), so adding them changed no answer."""

    def __init__(self, forms: Mapping[tuple[str, str], Form], seed: int):
        self.forms, self.seed, self.rng, self.made = forms, seed, random.Random(f"photos/{seed}"), 0

    def add(self, states: list[Response]) -> tuple[list[Response], AttachedFile | None]:
        form = self.forms.get((states[0].form_id, states[0].form_version))
        question = next((q for q in form.questions() if q.type == "image" and q.repeat is None),
                        None) if form is not None else None
        if question is None or self.made >= MAX_PHOTOS or self.rng.random() >= PHOTO_SHARE:
            return states, None
        self.made += 1
        last = states[-1].answers
        photo = attached_photo(_photo_kind(last), str(last.get("ten_co_so", "")), self.seed,
                               question, self.made)
        return [replace(s, answers={**s.answers, question.key: photo.answer})
                for s in states], photo


def fill_demo(store: Store, forms: Mapping[tuple[str, str], Form], responses: int = 40,
              seed: int = 0, progress: Progress = SILENT) -> int:
    """Fill `store` with sample responses of the bundled forms; returns how many it added.

    One transaction per hundred responses, so a cancel keeps the batches already stored; a
    sample photo is stored in the transaction of the states that name it."""
    if store.setting("inspector") is None:
        store.set_setting("inspector", vocab.INSPECTORS[0])
    done, photos = 0, _Photos(forms, seed)
    pending = demo_responses(forms, responses, seed, device=store.device_id())
    while batch := list(islice(pending, BATCH)):
        with store.transaction():
            for states in batch:
                states, photo = photos.add(states)
                if photo is not None:
                    store.media.put([photo])
                for state in states:
                    store.save(state, who=state.inspector)
                done += 1
                progress.step(done, responses, str(states[0].answers.get("ten_co_so", "")))
    return done
