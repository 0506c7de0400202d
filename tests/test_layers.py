"""House rule 1: the core and the CLI run without Qt."""

import subprocess
import sys

PROBE = """
import sys, pkgutil, importlib
import surveyor.core, surveyor.cli
for mod in pkgutil.walk_packages(surveyor.core.__path__, "surveyor.core."):
    importlib.import_module(mod.name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] == "PySide6")
print(",".join(loaded))
"""


def test_core_and_cli_load_no_qt():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_probe_would_see_qt_if_it_were_loaded():
    probe = PROBE.replace("import surveyor.core, surveyor.cli", "import surveyor.core, surveyor.cli, PySide6.QtCore")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "PySide6.QtCore" in out.stdout
