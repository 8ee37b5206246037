"""Date expressions in news text, normalized to TimeML-style values.

The grammar of the document's language (`LanguageData.date_grammar`, regular expressions)
finds the phrases (absolute dates, partial dates, quarters, weeks, seasons, decades, relative
expressions) and gives each its value; the spaCy parse rules out words that only
look like dates ("May" the modal verb, "2000 troops"), gives the tense of the verb a date
belongs to, and the clause that names the event. Relative expressions are anchored to the
publication date, as a newsroom writes them: "Friday" in a past-tense sentence is the last
Friday on or before the day of publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studyguide.analysis.dates.calendar import _Env, _parse_anchor, _When
from studyguide.analysis.dates.grammar import DateGrammar, _Rule, _token_at
from studyguide.analysis.lang import language_of
from studyguide.analysis.parsing import entity_of, in_order, text_of
from studyguide.model import DateMention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# ---------------------------------------------------------------------------
# Candidates and the parse
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: _Rule
    found: re.Match[str]
    mod: str | None


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _modifier(grammar: DateGrammar, text: str, start: int, rule: _Rule) -> tuple[int, str | None]:
    """Where the phrase starts once its qualifying words are taken in, and their modifier."""
    before = text[max(0, start - 40) : start]
    found = grammar.modifier.search(before)
    if found is not None:
        word = re.sub(r"\s+", " ", found["mod"].lower())
        return start - (len(before) - found.start()), grammar.modifiers[word]
    if rule.takes_the:
        bare = grammar.bare_the.search(before)
        if bare is not None:
            return start - (len(before) - bare.start()), None
    return start, None


def _candidates(grammar: DateGrammar, text: str) -> list[_Candidate]:
    found_all: list[_Candidate] = []
    for rule in grammar.rules:
        for found in rule.pattern.finditer(text):
            start, end = found.span()
            if "core" in rule.pattern.groupindex:
                start, end = found.span("core")
            if start == end or _PARAGRAPH_BREAK.search(text, start, end):
                continue
            start, mod = _modifier(grammar, text, start, rule)
            if "edge" in rule.pattern.groupindex:
                # "the end of the month": the modifier is inside the phrase itself
                mod = grammar.modifiers[f"{found['edge'].lower()} of"]
            found_all.append(_Candidate(start, end, rule, found, mod))
    return found_all


def _choose(grammar: DateGrammar, candidates: list[_Candidate]) -> list[_Candidate]:
    """The longest candidates that do not overlap, in text order."""
    order = {rule.name: i for i, rule in enumerate(grammar.rules)}
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start, order[c.rule.name]))
    taken: list[_Candidate] = []
    for candidate in ranked:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


_NAME_LIKE = frozenset({"WORK_OF_ART", "ORG", "PRODUCT", "FAC", "LAW", "PERSON"})


def _inside_name(span: SpacySpan) -> bool:
    """Whether the words are part of a longer name: "This Week With David Brinkley"."""
    for token in span:
        if token.ent_type_ not in _NAME_LIKE:
            continue
        entity = entity_of(token)
        if entity is not None and (entity.start < span.start or entity.end > span.end):
            return True
    return False


def _passes(grammar: DateGrammar, doc: Doc, text: str, candidate: _Candidate) -> bool:
    """Whether the parse agrees that the words are a date and not a look-alike."""
    before = text[max(0, candidate.start - 30) : candidate.start]
    if grammar.not_a_date_before.search(before):
        return False
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is not None and _inside_name(span):
        return False
    check = candidate.rule.check
    return check is None or check(doc, candidate.found)


# ---------------------------------------------------------------------------
# Tense and event
# ---------------------------------------------------------------------------


_LINKS = frozenset({"prep", "agent", "conj", "appos", "pobj", "dobj", "attr"})
"""Dependencies through which a date still belongs to the verb itself: "met on Friday"."""


def _clause(doc: Doc, start: int, end: int) -> tuple[Token | None, Token | None, bool]:
    """The head of the clause a date phrase belongs to, the verb that gives its tense, and
    whether the date hangs from them directly (through a preposition at most) rather than
    from a noun on the way ("payable Dec. 7")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None, False
    token = span.root
    direct = True
    for _ in range(12):
        inside = span.start <= token.i < span.end
        if token.pos_ in ("VERB", "AUX") and not inside:
            return token, token, direct
        if token.head.i == token.i:
            # A sentence the parser rooted on a noun ("a coalition invaded ..." read as a
            # noun with a participle): the noun's own verb still tells the event.
            verb = next((c for c in token.children if c.pos_ == "VERB" and c.dep_ == "acl"), None)
            if verb is None or inside:
                return None, None, False
            return token, verb, direct
        if token.i != span.root.i and token.dep_ not in _LINKS:
            direct = False
        token = token.head
    return None, None, False


def _tense(grammar: DateGrammar, verb: Token | None) -> str | None:
    """past, future or present, for the verb a date belongs to."""
    if verb is None:
        return None
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {h.lower_ for h in helpers}
    if words & grammar.future_auxiliaries:
        return "future"
    tags = {h.tag_ for h in helpers}
    head = verb.head
    if (
        verb.dep_ in ("xcomp", "ccomp")
        and head.lemma_ in grammar.future_governors
        and head.i != verb.i
    ):
        if head.lemma_ != "go" or head.tag_ == "VBG":
            return "future"
    passive = any(h.dep_ == "auxpass" for h in helpers) or (verb.tag_ == "VBN" and not helpers)
    if verb.lemma_ in grammar.scheduling_verbs or (
        passive and verb.lemma_ in grammar.expecting_verbs
    ):
        return "future"
    if "VBD" in tags or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and (not helpers or words & {"has", "have", "had", "'s", "'ve", "'d"}):
        return "past"
    if "would" in words:
        return "future"
    if verb.tag_ in ("VBZ", "VBP") or tags & {"VBZ", "VBP"}:
        return "present"
    if verb.tag_ == "VB" and words & {"did"}:
        return "past"
    return None


_OUTSIDE_CLAUSE = frozenset(
    {"ccomp", "advcl", "conj", "parataxis", "cc", "mark", "punct", "relcl", "csubj", "preconj"}
)
"""Children of the clause's head that are not part of its event: other clauses, linking words."""
_OTHER_CLAUSES = frozenset({"conj", "advcl", "parataxis"})
"""Verbs anywhere under the head that start an event of their own ("..., justifying the war")."""


def _event(doc: Doc, head: Token | None, start: int, end: int) -> Span | None:
    """The clause the date belongs to, without the date phrase: what happened then."""
    if head is None:
        return None
    date = doc.char_span(start, end, alignment_mode="expand")
    if date is None:
        return None
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head  # "is expected to close", not "to close"
    left_out: set[int] = set(range(date.start, date.end))
    attachment = date.root
    while attachment.head.i != attachment.i and attachment.head.i != head.i:
        if attachment.head.dep_ in ("prep", "agent") or attachment.head.i in left_out:
            attachment = attachment.head
            continue
        break
    if attachment.dep_ in ("prep", "npadvmod", "tmod", "pobj", "advmod", "nummod", "compound"):
        left_out.update(t.i for t in attachment.subtree)
    for token in in_order(head):
        own_clause = token.dep_ in _OTHER_CLAUSES and token.pos_ in ("VERB", "AUX")
        if own_clause or (token.head.i == head.i and token.dep_ in _OUTSIDE_CLAUSE):
            left_out.update(t.i for t in token.subtree if t.i != head.i)
    kept = [t for t in in_order(head) if t.i not in left_out]
    before = [t for t in kept if t.i < date.start]
    after = [t for t in kept if t.i >= date.end]
    if head.i < date.start and before:
        kept = before  # "invaded Iraq in March 2003 after ..." ends at the date
    elif not before:
        kept = after
    return _trimmed_span(doc, kept)


def _trimmed_span(doc: Doc, tokens: list[Token]) -> Span | None:
    """The text from the first to the last token, without linking words left at the edges."""
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].pos_ in ("ADP", "CCONJ", "DET")
    ):
        tokens = tokens[:-1]
    if not tokens:
        return None
    first, last = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Span(first, last, doc[tokens[0].i : tokens[-1].i + 1].text)


# ---------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------


def _sentence(doc: Doc, start: int) -> tuple[Span, int]:
    """The sentence holding the character at `start`, and where the sentence before begins."""
    token = _token_at(doc, start)
    if token is None:
        return Span(0, len(text_of(doc)), text_of(doc)), -1
    sentence = token.sent
    previous = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else -1
    return Span(sentence.start_char, sentence.end_char, sentence.text), previous


def _outer_modifier(grammar: DateGrammar, text: str, candidate: _Candidate) -> str | None:
    """A modifier given by the phrase itself or by the preposition before it ("since 2014")."""
    groups = candidate.found.groupdict()
    if groups.get("orso"):
        return "APPROX"
    if groups.get("qual"):
        return grammar.quantity_modifiers[re.sub(r"\s+", " ", groups["qual"].lower())]
    if candidate.mod is not None:
        return candidate.mod
    if text.startswith(("'s", "’s"), candidate.end):
        return None
    found = grammar.preposition.search(text, max(0, candidate.start - 20), candidate.start)
    if found is None or found.end() != candidate.start:
        return None
    return grammar.preposition_modifiers[re.sub(r"\s+", " ", found["prep"].lower())]


def find_dates(doc: Doc, published: str | None) -> tuple[DateMention, ...]:
    """Every date expression in `doc` with its TimeML-style value, modifier, sentence and event.

    `published` (ISO `YYYY-MM-DD`) anchors relative expressions; without it they get only
    what can be known (PAST_REF for "last year", None for "Friday").
    """
    grammar = language_of(doc).date_grammar
    text: str = text_of(doc)
    anchor = _parse_anchor(published)
    candidates = _candidates(grammar, text)
    chosen = _choose(grammar, [c for c in candidates if _passes(grammar, doc, text, c)])
    mentions: list[DateMention] = []
    reference: _When | None = None
    reference_sentence = -1
    for candidate in chosen:
        sentence, previous = _sentence(doc, candidate.start)
        head, verb, direct = _clause(doc, candidate.start, candidate.end)
        tense = _tense(grammar, verb) if direct else None
        nearby = reference_sentence in (sentence.start, previous)
        env = _Env(anchor, tense, reference, nearby)
        try:
            resolved = candidate.rule.resolve(candidate.found, env)
        except (ValueError, OverflowError, KeyError):
            # Calendar arithmetic at the edges of what `datetime` holds ("9999 years ago"):
            # the phrase is still a date, only its value cannot be known.
            resolved = None
        value = resolved.value if isinstance(resolved, _When) else resolved
        if isinstance(resolved, _When) and value is not None and not candidate.rule.compares:
            if resolved.grain not in ("decade", "century"):
                reference, reference_sentence = resolved, sentence.start
        span = Span(candidate.start, candidate.end, text[candidate.start : candidate.end])
        mentions.append(
            DateMention(
                span=span,
                value=value,
                sentence=sentence,
                mod=_outer_modifier(grammar, text, candidate),
                event=_event(doc, head, candidate.start, candidate.end),
            )
        )
    return tuple(mentions)
