"""The media a question's label and its choices carry (XLSForm's image, big-image, audio and video
columns): a picture above the answer, pictures on choices, a button that plays a sound or video
with the system's player. Only files found beside the form arrive here (forms.attachments has
already named the missing ones); a file Qt cannot read is simply not shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MAX_PICTURE = QSize(360, 240)           # a label's picture, scaled down to fit
CHOICE_ICON = QSize(48, 48)             # a choice's picture beside its label
_PICTURES: dict[tuple[str, int, int], QPixmap] = {}

Media = Mapping[str, Mapping[str, str]]


def media_file(media: Media, kind: str, language: str | None) -> str | None:
    """The file of `kind` for `language` (else the unnamed language, else any); an image falls
    back to big-image."""
    for wanted in ((kind, "big-image") if kind == "image" else (kind,)):
        files = media.get(wanted) or {}
        for lang in (language, ""):
            if lang is not None and files.get(lang):
                return files[lang]
        found = next((f for f in files.values() if f), None)
        if found:
            return found
    return None


def picture(path: str | None, size: QSize = MAX_PICTURE) -> QPixmap | None:
    """The picture in a file, scaled down to `size` (read once per file and size); None if Qt
    cannot read it."""
    if not path:
        return None
    key = (path, size.width(), size.height())
    if key not in _PICTURES:
        pixmap = QPixmap(path)
        if pixmap.isNull():
            return None
        if pixmap.width() > size.width() or pixmap.height() > size.height():
            pixmap = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        _PICTURES[key] = pixmap
    return _PICTURES[key]


def choice_icon(media: Media, language: str | None) -> QIcon:
    """A choice's picture as an icon (an empty icon when it has none)."""
    found = picture(media_file(media, "image", language), CHOICE_ICON)
    return QIcon(found) if found is not None else QIcon()


class MediaBar(QWidget):
    """Above an editor: the label's picture, and Play buttons for its sound and video."""

    def __init__(self, media: Media, language: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.media = media
        self.picture = QLabel(self)
        self.picture.setObjectName("media:image")
        self.play: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for kind, text in (("audio", self.tr("▶ Play the sound")),
                           ("video", self.tr("▶ Play the video"))):
            if kind in media:
                button = QPushButton(text, self)
                button.setObjectName(f"media:{kind}")
                button.setAutoDefault(False)
                button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
                button.clicked.connect(lambda _=False, k=kind: self.open(k))
                buttons.addWidget(button)
                self.play[kind] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(4)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        self.language = language
        self.set_language(language)

    def set_language(self, language: str | None) -> None:
        self.language = language
        path = media_file(self.media, "image", language)
        found = picture(path)
        self.picture.setVisible(found is not None)
        if found is not None:
            self.picture.setPixmap(found)
            self.picture.setToolTip(Path(path or "").name)
            self.picture.setAccessibleName(Path(path or "").name)

    def open(self, kind: str) -> None:
        """Play a sound or a video with the system's player."""
        path = media_file(self.media, kind, self.language)
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def add_media_bar(editor: QWidget, media: Media, language: str | None) -> MediaBar | None:
    """Put a MediaBar above what the editor shows (its own layout moves, with its widgets,
    into a holder below the bar); None when the question has no media to show."""
    if not any(kind in media for kind in ("image", "big-image", "audio", "video")):
        return None
    bar = MediaBar(media, language, editor)
    inner = editor.layout()
    outer = QVBoxLayout()
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(2)
    outer.addWidget(bar)
    if inner is not None:
        holder = QWidget(editor)
        holder.setLayout(inner)          # takes the layout, and reparents its widgets
        outer.addWidget(holder)
    editor.setLayout(outer)
    return bar
