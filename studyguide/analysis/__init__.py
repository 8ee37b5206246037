"""Finding what a reader should take from an article. The only package that uses spaCy."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from studyguide.analysis.aims import find_aims
from studyguide.analysis.anaphora import back_references
from studyguide.analysis.causes import find_causes
from studyguide.analysis.claims import find_claims
from studyguide.analysis.dates import find_dates
from studyguide.analysis.entities import find_cast
from studyguide.analysis.introductions import find_introductions
from studyguide.analysis.lang import language_of
from studyguide.analysis.language import ENGLISH, require_english
from studyguide.analysis.nlp import load_model
from studyguide.analysis.parsing import inside, parse, sentence_spans, skipped_regions, text_of
from studyguide.analysis.quotemarks import find_quoted
from studyguide.analysis.quotes import find_quotes
from studyguide.analysis.restate import restatements, told_in_passing
from studyguide.analysis.scenes import scenes, states
from studyguide.analysis.speakers import SpeakerResolver
from studyguide.model import Analysis, Article, EntityKind

if TYPE_CHECKING:
    from spacy.language import Language


def analyze_article(article: Article, nlp: Language | None = None) -> Analysis:
    """Quotes, claims, dates and entities of `article`, with offsets into `article.text`."""
    doc = parse(article, nlp if nlp is not None else load_model())
    skipped = skipped_regions(article)
    cast = find_cast(doc, skipped)
    body = tuple(p.span for p in article.paragraphs if not p.heading)
    quoted = find_quoted(text_of(doc), body, language_of(doc).quote_marks)
    resolver = SpeakerResolver(cast, doc, tuple(q.outer for q in quoted))
    quotes = find_quotes(doc, body, quoted, resolver)
    claims = find_claims(doc, resolver, quoted, quotes, skipped)
    # A dateline's date ("WASHINGTON, August 13 (Xinhua) --") is a real date of the story.
    not_prose = tuple(region for region in skipped if region != article.dateline)
    people = {e.name for e in cast.entities() if e.kind is EntityKind.PERSON}
    references = resolver.references(people)
    renamed = cast.name_in_full()
    if renamed:
        quotes = tuple(replace(q, speaker=_renamed(renamed, q.speaker)) for q in quotes)
        claims = tuple(replace(c, speaker=_renamed(renamed, c.speaker)) for c in claims)
        references = tuple(replace(r, name=renamed.get(r.name, r.name)) for r in references)
    dates = tuple(
        d
        for d in find_dates(doc, article.published)
        if not inside(not_prose, d.span.start, d.span.end)
    )
    sentences = sentence_spans(doc, skipped)
    entities = cast.entities()
    quoted_stretches = tuple(q.outer for q in quoted)
    return Analysis(
        sentences=sentences,
        quotes=quotes,
        claims=claims,
        dates=dates,
        entities=entities,
        references=references,
        restatements=restatements(doc, sentences, quoted_stretches),
        in_passing=told_in_passing(doc, sentences, quoted_stretches),
        scenes=scenes(doc, sentences, article.title_span),
        states=states(doc, sentences),
        back_references=back_references(doc, sentences),
        aims=find_aims(doc, sentences),
        causes=find_causes(doc, sentences),
        introductions=find_introductions(doc, sentences, entities),
    )


def _renamed(renamed: dict[str, str], speaker: str | None) -> str | None:
    return renamed.get(speaker, speaker) if speaker is not None else None


__all__ = ["ENGLISH", "analyze_article", "load_model", "require_english"]
