"""Open a password-protected workbook in LibreOffice (headless, through UNO) with its password
and save it again as .xlsx, as a person does in LibreOffice Calc. LibreOffice 7.4 run this way
saves OOXML without the password (its store ignores Password and refuses EncryptionData for
that filter), so the copy comes out plain. Run with the system python3 that has LibreOffice's
`uno` module (apt: python3-uno):

    python3 lo_resave_protected.py IN.xlsx OUT.xlsx PASSWORD PROFILE_DIR

Exit 0 on success, 3 when LibreOffice could not open the file with that password.
"""

import os
import signal
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    found = PropertyValue()
    found.Name, found.Value = name, value
    return found


def main(source, target, password, profile):
    pipe = f"surveyor{os.getpid()}"
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore",
         f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                context = resolver.resolve(
                    f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:  # noqa: BLE001 (not listening yet)
                time.sleep(0.5)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context)
        try:
            document = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                (prop("Hidden", True), prop("Password", password)))
        except Exception:  # noqa: BLE001 (a wrong password aborts the type detection)
            document = None
        if document is None:
            try:
                desktop.terminate()
            except Exception:  # noqa: BLE001 (the bridge goes away as it quits)
                pass
            return 3
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                            (prop("FilterName", "Calc MS Excel 2007 XML"),))
        document.close(True)
        try:
            desktop.terminate()
        except Exception:  # noqa: BLE001 (the bridge goes away as it quits)
            pass
        return 0
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        try:                         # soffice.bin too, whatever the launcher script left
            os.killpg(office.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
