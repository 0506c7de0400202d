# Two commands on a fresh machine: `make run` and `make test`. Each creates .venv on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xkb1 fonts-dejavu-core xvfb xauth libreoffice-calc python3-uno \
	poppler-utils

.PHONY: run test deps system-deps bench screenshots translations dist clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

deps: $(STAMP)

# Qt's shared libraries, fonts for Vietnamese and LibreOffice (tests re-save workbooks with it).
# Installed only when something is missing, and only where we may (root or sudo).
system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		echo "installing: $$missing"; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

# The window on the bundled forms; the first time, the default store gets demo data (seeded, so
# a second run adds nothing).
run: system-deps $(STAMP)
	$(BIN)/surveyor demo --responses 40
	$(BIN)/surveyor

test: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/forms.py
	$(BIN)/python bench/store.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/ui.py
	$(BIN)/python bench/sync.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/window_import.py

# Every screen under Xvfb with the real xcb platform at 1366x768, in Vietnamese and English.
screenshots: system-deps $(STAMP)
	rm -rf screenshots
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(BIN)/python scripts/screenshots.py --out screenshots
	@echo "look at every PNG in screenshots/"

# Interface text: .ts sources from the code (pyside6-lupdate), then the compiled .qm.
TS := resources/translations/surveyor_vi.ts resources/translations/surveyor_en.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find surveyor/ui -name '*.py') surveyor/core/errors.py -ts $(TS) -no-obsolete
	$(BIN)/python scripts/fill_translations.py $(TS)
	for ts in $(TS); do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

# The bundle dist/Surveyor/: Surveyor (the window) and surveyor-cli (the command line), built
# from build/surveyor.spec with PyInstaller (the `dist` extra, installed here on first use). Its
# work files go to .pyinstaller-work/ (ignored), never into build/.
DIST_STAMP := $(VENV)/.installed-dist
$(DIST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --workpath .pyinstaller-work --distpath dist build/surveyor.spec
	@du -sh dist/Surveyor

clean:
	rm -rf $(VENV) dist .pyinstaller-work .pytest_cache
