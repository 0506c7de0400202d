"""The log file in the user data folder (rotating), and the one call that records an unexpected
error there; the command line and the window both use it."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from surveyor import __version__, paths

LOG_BYTES, LOG_COPIES = 1_000_000, 3
_log = logging.getLogger("surveyor")


def log_path() -> Path:
    return paths.user_data_dir() / "surveyor.log"


def _handler() -> logging.Handler:
    """The rotating file handler, attached once."""
    for handler in _log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return handler
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES,
                                                   backupCount=LOG_COPIES, encoding="utf-8")
    handler.setFormatter(logging.Formatter("--- %(asctime)s surveyor " + __version__
                                           + " %(levelname)s\n%(message)s"))
    _log.addHandler(handler)
    _log.setLevel(logging.INFO)
    return handler


def log_unexpected(error: BaseException) -> Path:
    """Append the error and its traceback to the log file; returns the file's path."""
    handler = _handler()
    _log.error("unexpected error: %r", error, exc_info=(type(error), error, error.__traceback__))
    handler.flush()
    return log_path()
