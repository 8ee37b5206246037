"""Running spaCy over an article with the article's own structure respected."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING

from studyguide.errors import MAX_ARTICLE_CHARS, too_long
from studyguide.model import Article, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


_TEXT = "studyguide.text"
_SENTENCES = "studyguide.sentences"


def text_of(doc: Doc) -> str:
    """The document's text. spaCy's `Doc.text` joins every token anew at each read, which on a
    long article costs more than the rest of the analysis; this reads it once."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return str(text)


def verbs_in(doc: Doc, sentences: tuple[Span, ...]) -> Iterator[tuple[Token, Span]]:
    """Each verb of `sentences`, with its sentence."""
    for sentence in sentences:
        tokens = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        yield from ((token, sentence) for token in tokens or () if token.pos_ == "VERB")


def in_order(token: Token) -> list[Token]:
    """The words of the token's subtree in the order of the text: where the parse crosses
    itself ("what Bernie is talking about now", "what" hung on "about"), spaCy gives them out
    of order."""
    return sorted(token.subtree, key=lambda t: t.i)


def words_of(tokens: list[Token]) -> Span:
    """The text the tokens run over, one space between words, as a span."""
    text = text_of(tokens[0].doc)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Span(start, end, " ".join(text[start:end].split()))


def subject_words(verb: Token, not_names: frozenset[str]) -> list[Token] | None:
    """The words of the verb's one subject that stand before it, in one run ("The ferry
    workers' union" of "has vowed"), or None: no subject, two, one of `not_names` ("who",
    "it"), or one cut by the verb's own words."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1 or subjects[0].lower_ in not_names:
        return None
    words = [t for t in in_order(subjects[0]) if t.i < verb.i]
    if not words or [t.i for t in words] != list(range(words[0].i, words[-1].i + 1)):
        return None
    return words


_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}


def do_support(verb: Token) -> str | None:
    """The form of "do" that asks a question of a verb with no helper of its own ("did" for
    "rose", "does" for "plans"), which the verb then follows in its base form; None for a
    verb that cannot take one (a participle)."""
    return _DO.get(verb.tag_)


def entity_of(token: Token) -> SpacySpan | None:
    """The named entity the token is part of, found from the token itself: `doc.ents` builds
    every entity of the document anew at each read."""
    from spacy.tokens import Span as Entity

    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Entity(doc, start, end, label=token.ent_type_)


def entities_in(span: SpacySpan) -> list[SpacySpan]:
    """The named entities wholly inside `span`, as `span.ents` gives them but found from
    its own tokens, not from every entity of the document."""
    found = (entity_of(t) for t in span if t.ent_iob_ == "B")
    return [e for e in found if e is not None and e.end <= span.end]


def sentences_between(doc: Doc, start: int, end: int) -> list[SpacySpan]:
    """The parser's sentences overlapping characters [start, end), and the one after them,
    found in a few steps: the document's sentences are listed once."""
    listed = doc.user_data.get(_SENTENCES)
    if listed is None:
        sentences = list(doc.sents)
        listed = doc.user_data[_SENTENCES] = (sentences, [s.end_char for s in sentences])
    sentences, ends = listed
    first = bisect.bisect_right(ends, start)
    last = first
    while last < len(sentences) and sentences[last].start_char < end:
        last += 1
    return sentences[first : last + 1]


class Regions:
    """Stretches of text (quotes, say), asked whether they hold a position in a few steps
    whatever their number, so that asking of every word of a long article stays cheap."""

    def __init__(self, stretches: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(stretches)
        self._starts = [start for start, _ in ordered]
        # The furthest end reached by any stretch opening at or before each one: stretches
        # may nest (a quote inside a quote).
        self._reach = list(accumulate((end for _, end in ordered), max))

    def __contains__(self, position: int) -> bool:
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and self._reach[index] > position


def parse(article: Article, nlp: Language) -> Doc:
    """Tag, parse and find entities, with a sentence starting at every paragraph.

    Paragraph starts are fixed before the parser runs, so that no sentence (and no
    speaker attribution) reaches across a paragraph, a subhead or the dateline.
    """
    if len(article.text) > MAX_ARTICLE_CHARS:
        raise too_long(article.id, len(article.text))
    text = article.text
    starts = {p.span.start for p in article.paragraphs}
    if article.dateline is not None:
        starts.add(article.dateline.end)
    cuts = [0]
    for start in sorted(starts):
        if start - cuts[-1] >= _PIECE_CHARS:
            cuts.append(start)
    if len(cuts) == 1:
        return _parsed(nlp, text, frozenset(starts))
    from spacy.tokens import Doc

    pieces = [
        (text[a:b], frozenset(s - a for s in starts if a <= s < b))
        for a, b in pairwise([*cuts, len(text)])
    ]
    return Doc.from_docs(_parsed_pieces(nlp, pieces), ensure_whitespace=False)


_LONGEST_SENTENCE = 250
"""Words without a full stop after which a sentence is cut: news never writes one so long."""

_PIECE_CHARS = 20_000
"""A long article is parsed in pieces of about this length, each a run of whole paragraphs:
the parser reads a paragraph alone either way, and many small pieces go through it faster
than one long one. An article of this length or less is one piece."""

_MAX_WORKERS = 4
"""At most this many processes share the pieces of a long article."""


def _parsed(nlp: Language, text: str, starts: frozenset[int]) -> Doc:
    """`text` parsed, a sentence starting at each of `starts` (offsets into `text`)."""
    import numpy
    from spacy.attrs import SENT_START

    doc = nlp.make_doc(text)
    # Set all at once: spaCy checks the whole document at each single setting.
    marks = numpy.zeros(len(doc), dtype="int64")
    unbroken = 0  # words since a paragraph start or a full stop
    for token in doc[1:]:
        before = doc[token.i - 1]
        unbroken = 0 if before.text in {".", "!", "?"} else unbroken + 1
        if token.idx in starts or _after_run_on_initial(token):
            marks[token.i] = 1
            unbroken = 0
        elif before.is_alpha or before.lower_ in {"'s", "’s"}:
            # A sentence never starts right after a word: the parser sometimes splits
            # "Lib | Dem leader Charles Kennedy said ..." or a name from its sentence.
            marks[token.i] = -1
        elif unbroken > _LONGEST_SENTENCE:
            # Text that never stops (a list run together, a phrase repeated): cut, so
            # that no sentence grows long enough for the work on it to grow as its square.
            marks[token.i] = 1
            unbroken = 0
    doc.from_array([SENT_START], marks.astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


_Piece = tuple[str, frozenset[int]]
"""A run of whole paragraphs, and where sentences start in it."""


def _parsed_pieces(nlp: Language, pieces: list[_Piece]) -> list[Doc]:
    """The pieces, parsed: by several processes when the machine has the processors, each a
    copy of this one (forked, so the model is not loaded again)."""
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from spacy.tokens import Doc

    processors = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    workers = min(processors, len(pieces), _MAX_WORKERS)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [_parsed(nlp, text, starts) for text, starts in pieces]
    global _worker_nlp
    _worker_nlp = nlp
    try:
        with ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("fork"), initializer=_quiet_worker
        ) as pool:
            parsed = list(pool.map(_parse_piece, pieces))
    finally:
        _worker_nlp = None
    return [Doc(nlp.vocab).from_bytes(data) for data in parsed]


_worker_nlp: Language | None = None
"""The pipeline a forked worker parses with: set in the parent just before the fork."""


def _quiet_worker() -> None:
    """Ctrl-C is the parent's to handle: a worker finishes its piece and is let go."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parse_piece(piece: _Piece) -> bytes:
    assert _worker_nlp is not None
    return _parsed(_worker_nlp, *piece).to_bytes()


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
        # Nor does a sentence start where no space parts it from the one before: the parser
        # split "Speakerboxxx/The Love Below" at its slash.
        glued = start > 0 and not whole[start - 1].isspace()
        if spans and (_continues(stripped) or glued) and "\n" not in whole[spans[-1].end : start]:
            start = spans.pop().start
        spans.append(Span(start, end, whole[start:end]))
    return tuple(spans)


def _continues(sentence: str) -> bool:
    """The parser sometimes starts a sentence at "[ISIL] has been..." or "and ...": rejoin it."""
    first = sentence[0]
    return first in "[(,;:)]" or first.islower()
