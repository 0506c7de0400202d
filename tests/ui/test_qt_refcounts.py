"""The Qt binding keeps Python's reference counts right: PySide6 6.12.0 under Python 3.11
dropped a reference to None on every call of a void method (setText, update, processEvents),
so a window aborted ("deallocating None") after some 100,000 calls, an hour of work."""

import sys

from PySide6.QtWidgets import QLineEdit


def test_void_calls_keep_none_alive(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    before = sys.getrefcount(None)
    for _ in range(2000):
        field.setText("x")
        field.update()
    assert sys.getrefcount(None) - before > -100
