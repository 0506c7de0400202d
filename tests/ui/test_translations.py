"""The interface text: every message of the .ts sources translated, the .qm files loadable."""

import xml.etree.ElementTree as ET

from PySide6.QtCore import QTranslator

from surveyor import paths

FOLDER = paths.resources_dir() / "translations"


def test_every_message_is_translated_in_both_languages():
    for language in ("vi", "en"):
        root = ET.parse(FOLDER / f"surveyor_{language}.ts").getroot()
        unfinished = [m.findtext("source") for m in root.iter("message")
                      if m.find("translation").get("type") in ("unfinished", "obsolete")]
        assert unfinished == [], language


def test_the_compiled_vietnamese_interface_loads(qapp):
    translator = QTranslator()
    assert translator.load("surveyor_vi", str(FOLDER))
    assert translator.translate("MainWindow", "&Save") == "&Lưu"
    assert "{file}" in translator.translate("Problem", "{file}: no such file")
