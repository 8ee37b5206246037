"""A long article is parsed in pieces of whole paragraphs; what comes out is one document,
cut into whole sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.analysis import analyze_article, parsing
from studyguide.ingest import parse_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ARTICLE = (
    "Ferry Strike Ends\n\n"
    "PORTSEA (Coastline News) — Ferry crews returned to work on Tuesday, union leader "
    'Maria Okafor said. "We have a deal we can live with," Okafor said.\n\n'
    "The strike began on 3 March and cost the operator, Bluewater Lines, about 2 million "
    "pounds a week, according to company figures.\n\n"
    "“Passengers waited too long,” said harbour master Ian Doyle. He said the timetable "
    "would be back to normal by Friday.\n\n"
    "Bluewater Lines said in a statement that fares would not rise this year."
)


def _reading(nlp: Language) -> tuple[list[str], list[tuple[str, str]], dict[str, object]]:
    article = parse_text(ARTICLE, article_id="ferry")
    doc = parsing.parse(article, nlp)
    sentences = [s.text for s in doc.sents]
    entities = [(e.text, e.label_) for e in doc.ents]
    return sentences, entities, analyze_article(article, nlp).to_dict()


@pytest.mark.parametrize("workers", [1, 2], ids=["in this process", "in worker processes"])
def test_pieces_read_as_the_whole_does(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    whole = _reading(nlp)
    monkeypatch.setattr(parsing, "_PIECE_CHARS", 150)
    monkeypatch.setattr(parsing, "_MAX_WORKERS", workers)
    counted: list[int] = []
    parse_pieces = parsing._parsed_pieces

    def counting(nlp: Language, pieces: list[tuple[str, frozenset[int]]]) -> list[Doc]:
        counted.append(len(pieces))
        return parse_pieces(nlp, pieces)

    monkeypatch.setattr(parsing, "_parsed_pieces", counting)
    assert _reading(nlp) == whole
    assert counted[0] > 2


def test_text_that_never_stops_is_cut_into_sentences(nlp: Language) -> None:
    article = parse_text('"He said ' * 300, article_id="run-on")
    doc = parsing.parse(article, nlp)
    assert max(len(s) for s in doc.sents) <= parsing._LONGEST_SENTENCE + 5


def test_a_long_paragraph_of_whole_sentences_is_not_cut(nlp: Language) -> None:
    sentence = "The council met on Monday and agreed to repair the old bridge by spring. "
    article = parse_text(sentence * 40, article_id="long-paragraph")
    doc = parsing.parse(article, nlp)
    assert [s.text.strip() for s in doc.sents] == [sentence.strip()] * 40


def test_a_sentence_split_where_no_space_parts_it_is_one(nlp: Language) -> None:
    text = (
        "Sea Fever won three awards. Ann Lane and Bob Day's album Tides/The Deep Blue has"
        " been critically acclaimed since its release and sold in large quantities around"
        " the world. It won a prize."
    )
    article = parse_text(text)
    sentences = [s.text for s in analyze_article(article, nlp).sentences]
    assert any(s.startswith("Ann Lane and Bob Day's album Tides/The Deep Blue") for s in sentences)
