"""Password-protected workbooks: Office's standard (agile) encryption, which Excel and
LibreOffice open after asking for the password (msoffcrypto-tool).

Respondents' names and phone numbers are personal data (Decree 13/2023/ND-CP), so an export may
be protected as a whole. An encrypted .xlsx is an OLE compound file holding the streams
`EncryptionInfo` and `EncryptedPackage`; an old binary .xls is an OLE file too, without them.

`encrypt` writes the protected file atomically (a temporary name, then a rename) from a plain
one; `decrypted` gives the plain workbook of a protected one in a private temporary folder under
the same file name (so every message and import record names the file the person chose), and
removes it afterwards. A missing or wrong password is a SurveyError, never a crash.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from surveyor.core.errors import Problem, SurveyError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_encrypted(path: Path) -> bool:
    """An OLE compound file that holds an encrypted Office package."""
    try:
        with open(path, "rb") as handle:
            if handle.read(8) != OLE_MAGIC:
                return False
        import olefile

        with olefile.OleFileIO(str(path)) as ole:
            return ole.exists("EncryptionInfo") and ole.exists("EncryptedPackage")
    except (OSError, ValueError):
        return False
    except Exception:  # noqa: BLE001 (olefile raises its own errors for broken files)
        return False


def decrypt_bytes(path: Path, password: str) -> bytes:
    """The plain .xlsx bytes of a protected workbook; PASSWORD_WRONG if it does not open."""
    import msoffcrypto
    from msoffcrypto.exceptions import DecryptionError, InvalidKeyError

    plain = io.BytesIO()
    try:
        with open(path, "rb") as handle:
            office = msoffcrypto.OfficeFile(handle)
            office.load_key(password=password, verify_password=True)
            office.decrypt(plain)
    except (InvalidKeyError, DecryptionError) as error:
        raise SurveyError(Problem.PASSWORD_WRONG, file=path.name) from error
    except Exception as error:  # noqa: BLE001 (a broken container: say what it is)
        raise SurveyError(Problem.NOT_XLSX, file=path.name,
                          detail=f"a protected file that cannot be opened: {error}") from None
    return plain.getvalue()


@contextmanager
def decrypted(paths: list[Path], password: str | None) -> Iterator[list[Path]]:
    """The files to read: each protected one replaced by its plain copy (same name, in a
    private temporary folder removed afterwards). Without a password a protected file stays as
    it is, and reading it says PASSWORD_NEEDED."""
    if not password or not any(is_encrypted(p) for p in paths):
        yield list(paths)
        return
    with tempfile.TemporaryDirectory(prefix="surveyor-plain-") as folder:
        found = []
        for n, path in enumerate(paths):
            if is_encrypted(path):
                plain = Path(folder) / str(n) / path.name
                plain.parent.mkdir()
                plain.write_bytes(decrypt_bytes(path, password))
                os.chmod(plain, 0o600)
                found.append(plain)
            else:
                found.append(path)
        yield found


def encrypt(plain: Path, target: Path, password: str) -> None:
    """Write `target` as the protected copy of the plain workbook `plain` (atomically)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    if not password:
        raise SurveyError(Problem.PASSWORD_EMPTY, file=target.name)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(plain, "rb") as source, open(temp, "wb") as out:
            OOXMLFile(source).encrypt(password, out)
        os.replace(temp, target)
    except OSError as error:
        raise SurveyError(Problem.WORKBOOK_UNWRITABLE, file=target.name,
                          detail=error.strerror or str(error)) from None
    finally:
        temp.unlink(missing_ok=True)
