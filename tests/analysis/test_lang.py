"""The language seam: the extractors read their words, quote marks and date grammar from
the data of the document's language, and from nowhere else."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import spacy

from studyguide.analysis import ENGLISH, lang, load_model
from studyguide.analysis.lang import LanguageData, ReadingWords, language_data
from studyguide.errors import StudyguideWarning
from studyguide.pipeline import analyze

if TYPE_CHECKING:
    from spacy.language import Language

English = language_data(ENGLISH)


def test_english_gives_every_list_the_extractors_read() -> None:
    assert English.code == ENGLISH
    for field in fields(ReadingWords):
        assert getattr(English.words, field.name), f"English has no {field.name}"
    assert "said" not in English.words.speech_verbs and "say" in English.words.speech_verbs
    assert set("“”‘’\"'") <= set(English.quote_marks.characters)
    assert English.date_grammar.rules
    assert "the" in English.stop_words


def test_a_language_without_data_is_refused_by_name() -> None:
    with pytest.raises(LookupError, match="'xx'"):
        language_data("xx")


def _with_words(monkeypatch: pytest.MonkeyPatch, data: LanguageData) -> None:
    monkeypatch.setattr(lang, "language_data", lambda code: data)


def test_a_speech_verb_counts_only_when_the_language_lists_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Ana Ruiz grumbled that the council had wasted the money on the new bridge."
    assert analyze(text, nlp=nlp).claims == ()
    words = replace(
        English.words,
        speech_verbs=English.words.speech_verbs | {"grumble"},
        strong_speech_verbs=English.words.strong_speech_verbs | {"grumble"},
    )
    _with_words(monkeypatch, replace(English, words=words))
    claims = analyze(text, nlp=nlp).claims
    assert [(c.speaker, c.content.text) for c in claims] == [
        ("Ana Ruiz", "the council had wasted the money on the new bridge")
    ]


def test_quote_marks_are_the_language_s(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "«The bridge will open in May, and the tolls will stay low,» Ana Ruiz said."
    assert [(q.speaker, q.content.text) for q in analyze(text, nlp=nlp).quotes] == [
        ("Ana Ruiz", "The bridge will open in May, and the tolls will stay low")
    ]
    marks = replace(English.quote_marks, opening="“„", closing="”")
    _with_words(monkeypatch, replace(English, quote_marks=marks))
    assert analyze(text, nlp=nlp).quotes == ()


def test_dates_follow_the_language_s_grammar(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "The council voted on March 3, 2015, to build the bridge."
    assert [d.value for d in analyze(text, nlp=nlp).dates] == ["2015-03-03"]
    _with_words(monkeypatch, replace(English, date_grammar=replace(English.date_grammar, rules=())))
    assert analyze(text, nlp=nlp).dates == ()


def test_a_model_for_a_language_without_data_gives_way_to_an_english_one(
    tmp_path: Path,
) -> None:
    spacy.blank("de").to_disk(tmp_path / "german")
    with pytest.warns(StudyguideWarning, match="reads 'de', a language studyguide has no words"):
        model = load_model(str(tmp_path / "german"))
    assert model.lang == ENGLISH
