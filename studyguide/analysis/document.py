"""Running spaCy over an article with the article's own structure respected."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studyguide.model import Article, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token


_TEXT = "studyguide.text"


def text_of(doc: Doc) -> str:
    """The document's text. spaCy's `Doc.text` joins every token anew at each read, which on a
    long article costs more than the rest of the analysis; this reads it once."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return str(text)


def parse(article: Article, nlp: Language) -> Doc:
    """Tag, parse and find entities, with a sentence starting at every paragraph.

    Paragraph starts are fixed before the parser runs, so that no sentence (and no
    speaker attribution) reaches across a paragraph, a subhead or the dateline.
    """
    doc = nlp.make_doc(article.text)
    starts = {p.span.start for p in article.paragraphs}
    if article.dateline is not None:
        starts.add(article.dateline.end)
    for token in doc[1:]:
        if token.idx in starts or _after_run_on_initial(token):
            token.is_sent_start = True
        elif doc[token.i - 1].is_alpha or doc[token.i - 1].lower_ in {"'s", "’s"}:
            # A sentence never starts right after a word: the parser sometimes splits
            # "Lib | Dem leader Charles Kennedy said ..." or a name from its sentence.
            token.is_sent_start = False
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _after_run_on_initial(token: Token) -> bool:
    """Whether a sentence starts at `token`, after a name that ends on a capital and a full
    stop: "... starring in Malcolm X. Attallah Shabazz, his daughter, said ...". Read as an
    initial ("George W. Bush"), the stop would join two sentences and two names; a full
    name and a comma after it ("Attallah Shabazz,") tell a new sentence's subject."""
    doc = token.doc
    if token.i < 2 or token.i + 2 >= len(doc):
        return False
    initial, before = doc[token.i - 1], doc[token.i - 2]
    surname, after = doc[token.i + 1], doc[token.i + 2]
    return (
        re.fullmatch(r"[A-Z]\.", initial.text) is not None
        and before.is_title
        and all(w.is_title and w.is_alpha and len(w.text) > 2 for w in (token, surname))
        and after.text == ","
    )


def word_start(text: str, start: int) -> int:
    """The start of the word `start` falls in after a hyphen: "e-mail" for "mail", where
    the parser split the word and hung its halves on different words."""
    while start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum():
        start -= 1
        while start and text[start - 1].isalnum():
            start -= 1
    return start


def skipped_regions(article: Article) -> tuple[Span, ...]:
    """Title, subheads and dateline: text that is not prose and holds no quotes or claims."""
    regions = [p.span for p in article.paragraphs if p.heading]
    if article.title_span is not None:
        regions.append(article.title_span)
    if article.dateline is not None:
        regions.append(article.dateline)
    return tuple(sorted(regions, key=lambda s: s.start))


def inside(regions: tuple[Span, ...], start: int, end: int) -> bool:
    return any(r.start <= start and end <= r.end for r in regions)


def overlaps(regions: tuple[Span, ...], start: int, end: int) -> bool:
    return any(r.start < end and start < r.end for r in regions)


def sentence_spans(doc: Doc, regions: tuple[Span, ...]) -> tuple[Span, ...]:
    """Sentences of the body (title, subheads and dateline left out), trimmed of white space."""
    spans: list[Span] = []
    whole = text_of(doc)
    for sentence in doc.sents:
        start, end = sentence.start_char, sentence.end_char
        for region in regions:
            if region.start <= start < region.end:
                start = region.end
        text = whole[start:end]
        stripped = text.strip()
        if not stripped or inside(regions, start, end):
            continue
        start += len(text) - len(text.lstrip())
        end = start + len(stripped)
        if spans and _continues(stripped) and "\n" not in whole[spans[-1].end : start]:
            start = spans.pop().start
        spans.append(Span(start, end, whole[start:end]))
    return tuple(spans)


def _continues(sentence: str) -> bool:
    """The parser sometimes starts a sentence at "[ISIL] has been..." or "and ...": rejoin it."""
    first = sentence[0]
    return first in "[(,;:)]" or first.islower()
