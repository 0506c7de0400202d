"""Texts in a form view: labels and hints in the view's language with ${name} filled in from the
answers, kept up to date as those answers change; switching the form's language."""

from __future__ import annotations

import re

from surveyor.core.filling.context import common_depth
from surveyor.core.filling.live import Path, Place
from surveyor.core.forms.languages import form_language
from surveyor.ui.form_blocks import GroupBlock, QuestionBlock
from surveyor.ui.questions import display_text

_REFERENCE = re.compile(r"\$\{([^}\s]+)\}")


class FormTexts:
    """Mixed into FormView: its labels, hints and titles."""

    def _find_label_readers(self) -> dict[str, set[str]]:
        """Key -> the questions whose label or hint shows it (${name} in the text)."""
        readers: dict[str, set[str]] = {}
        for question in self.form.questions():
            texts = [*question.labels.values(), *question.hints.values()]
            chain = self.graph.items[question.key].chain
            for name in {n for t in texts for n in _REFERENCE.findall(t)}:
                key = self.live.resolve(name, chain)
                if key is not None:
                    readers.setdefault(key, set()).add(question.key)
        return readers

    def _text(self, mapping, key: str, at: Path) -> str:
        """A label or hint in the view's language, with ${name} replaced by its answer."""
        text = self.form.text(mapping, self.language)
        if "${" not in text:
            return text
        chain = self.graph.items[key].chain

        def answer(match: re.Match) -> str:
            found = self.live.resolve(match[1], chain)
            if found is None:
                return ""
            depth = len(self.graph.items[found].chain)
            if common_depth(chain, self.graph.items[found].chain) < depth:
                return ""
            value = self.live.seen(found, at[:depth])
            return display_text(value if value != "" else None, self.language)

        return _REFERENCE.sub(answer, text)

    def _set_block_texts(self, block: QuestionBlock) -> None:
        key, at = block.place
        block.set_texts(self._text(block.question.labels, key, at),
                        self._text(block.question.hints, key, at),
                        self.live.required(key, at))

    def set_language(self, language: str | None) -> None:
        """Show labels, hints, choices and messages in another of the form's languages."""
        self.language = form_language(self.form, language) if language else \
            self.form.default_language
        self.live.language = self.language
        self.title.setText(self.form.title)
        for block in self._blocks.values():
            if isinstance(block, QuestionBlock):
                block.editor.set_language(self.language)
                self._set_block_texts(block)
                self._refresh_choices(block, force=True)
            elif isinstance(block, GroupBlock):
                block.set_title(self.form.text(block.group.labels, self.language))
            else:
                block.set_title(self.form.text(block.repeat.labels, self.language))
        for repeat in self._repeats.values():
            repeat.set_title(self.form.text(repeat.repeat.labels, self.language))
        self.refresh_problems()

    def _refresh_label(self, reader: str, place: Place) -> None:
        key, at = place
        depth = common_depth(self.graph.items[key].chain, self.graph.items[reader].chain)
        for path in self.live.instances(reader, at[:depth]):
            block = self._blocks.get((reader, path))
            if isinstance(block, QuestionBlock):
                self._set_block_texts(block)
