"""Export: the store's responses as one sync workbook (import is merge.py)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from surveyor import __version__
from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.model import Form, FormKey
from surveyor.core.progress import SILENT, Progress
from surveyor.core.responses import now_iso
from surveyor.core.store import Store
from surveyor.core.workbook import FORMAT_VERSION, ExportStats, write_workbook
from surveyor.core.workbook.dismissed import DismissedPair


def export_manifest(store: Store, *, who: str, form_id: str | None = None,
                    since: str | None = None) -> dict[str, str]:
    """Who exported what, from which store, when: the `_manifest` sheet's own entries."""
    return {
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_by": who,
        "inspector": store.setting("inspector") or "",
        "unit": store.setting("unit") or "",
        "device": store.device_id(),
        "exported_at": now_iso(),
        "form_filter": form_id or "",
        "since": since or "",
    }


def export_workbook(store: Store, path: str | Path, forms: Mapping[FormKey, Form], *, who: str,
                    form_id: str | None = None, since: str | None = None,
                    progress: Progress = SILENT, media: bool = True) -> ExportStats:
    """Write the store's current responses (of one form, changed since a time) as a workbook,
    with the files their answers name (`media` False: listed on `_media` without bytes) and
    the dismissed duplicate pairs of its forms."""
    chosen = {key: form for key, form in forms.items() if form_id in (None, key[0])}
    if not chosen:
        raise SurveyError(Problem.NO_SUCH_FORM, form_id=form_id)
    manifest = export_manifest(store, who=who, form_id=form_id, since=since)
    responses = store.responses(form_id, since, include_deleted=True)   # deletions travel too
    return write_workbook(path, chosen, responses, manifest=manifest, progress=progress,
                          total=store.count(form_id, since, include_deleted=True),
                          files=store.media, include_media=media,
                          dismissed=dismissed_pairs(store, chosen))


def dismissed_pairs(store: Store, forms: Mapping[FormKey, Form]) -> list[DismissedPair]:
    """The pairs a person dismissed as not duplicates, of these forms: they travel."""
    return [DismissedPair(*row) for row in store.reviews.dismissed_rows(k[0] for k in forms)]

