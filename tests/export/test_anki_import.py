"""An exported deck, taken by Anki itself (the `anki` package): imported into a new
collection, its first card studied, the database checked, and a newer export of an edited
bank imported over it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from studyguide.export import ExportFormat, export_bank
from studyguide.model import Bank, QuestionType


def _import(collection: Collection, deck: bytes, path: Path) -> tuple[int, int]:
    """(notes added, notes updated) by importing `deck` as Anki's import dialog does."""
    path.write_bytes(deck)
    request = ImportAnkiPackageRequest(
        package_path=str(path), options=ImportAnkiPackageOptions(merge_notetypes=True)
    )
    log = collection.import_anki_package(request).log
    return len(log.new), len(log.updated)


def test_anki_imports_studies_checks_and_updates_a_deck(
    harbour_bank: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        # Exported as the command does, dated by the clock (here, a fixed one).
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
        deck = export_bank(harbour_bank, ExportFormat.ANKI)
        assert _import(collection, deck, tmp_path / "first.apkg") == (
            len(harbour_bank.questions),
            0,
        )

        collection.decks.select(collection.decks.id_for_name(harbour_bank.title))
        card = collection.sched.getCard()
        assert card is not None
        assert card.note().fields[0].startswith(harbour_bank.questions[0].prompt[:20])
        fronts = [collection.get_note(n).fields[0] for n in collection.find_notes("")]
        statements = [q for q in harbour_bank.questions if q.type is QuestionType.TRUE_FALSE]
        assert statements
        assert sum("True or false?" in front for front in fronts) == len(statements)

        message, ok = collection.fix_integrity()
        assert ok, message

        first = harbour_bank.questions[0]
        edited = replace(
            harbour_bank, questions=(replace(first, prompt="Who promised a safer crossing?"),)
        )
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767229200")  # an hour later
        newer = export_bank(edited, ExportFormat.ANKI)
        added, updated = _import(collection, newer, tmp_path / "newer.apkg")
        assert (added, updated) == (0, 1)
        assert collection.note_count() == len(harbour_bank.questions)
        assert collection.get_note(card.nid).fields[0] == "Who promised a safer crossing?<br>" + (
            "<br>".join(f"{chr(65 + i)}. {c}" for i, c in enumerate(first.choices))
        )
    finally:
        collection.close()


def test_each_article_of_a_bank_has_its_own_deck(harbour_bank: Bank, tmp_path: Path) -> None:
    (bridge,) = harbour_bank.articles
    ferry = replace(bridge, id="ferry-fares", title="Ferry Fares Rise")
    first, second, *_ = harbour_bank.questions
    bank = replace(
        harbour_bank,
        articles=(bridge, ferry),
        questions=(first, replace(second, article=ferry.id)),
    )
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(collection, export_bank(bank, ExportFormat.ANKI), tmp_path / "two.apkg")
        names = {deck.name for deck in collection.decks.all_names_and_ids()}
        assert {"Harbour Bridge::Harbour Bridge Reopens After Repairs"} < names
        assert "Harbour Bridge::Ferry Fares Rise" in names
        assert len(collection.find_cards('"deck:Harbour Bridge::Ferry Fares Rise"')) == 1
    finally:
        collection.close()
