"""Direct and partial quotes, each with its speaker.

A quoted stretch is attributed by the nearest verb of saying outside any quote in the
sentences around it ("...," Assad said / Assad said: "..."). Without one, it takes the
speaker of the quote before it in the same paragraph (a split quote), or of the paragraph
before (news quotes a speaker over several paragraphs and names them once). A quote that
sits inside someone's reported words with other words around it is a partial ("mixed")
quote; short quotes with no speaker anywhere near are scare quotes or titles and are left
out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from studyguide.analysis.lang import language_of, words_of
from studyguide.analysis.parsing import Regions, in_order, sentences_between, text_of, word_start
from studyguide.analysis.quotemarks import Quoted
from studyguide.analysis.speakers import SpeakerResolver, can_speak, cue_subject, is_cue
from studyguide.model import Quote, QuoteKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_MIN_UNATTRIBUTED_WORDS = 6
"""An unattributed quote shorter than this is a scare quote, a title or a nickname."""
_MIN_SENTENCE_WORDS = 4
"""A quoted sentence after "X said ..." needs this many words to be taken as X's."""

_MAX_TITLE_WORDS = 8
_SHORT_NAME_WORDS = 3
"""A capitalised name this short is a name even with a full stop after it ("The Lioness.")."""
_TITLE_SMALL_WORDS = frozenset(
    "a an the of to in on and or for with at by from is are as but nor vs".split()
)
_NAMING_WORDS = re.compile(r"\b(?:nicknamed|dubbed|titled|entitled|known as)\s*$", re.IGNORECASE)
"""Words that introduce a name in quote marks, not speech: the film "titled" X."""

_MAX_EMBEDDED_WORDS = 12
_MAX_SCARE_WORDS = 4
_DESCRIBING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "dub"})
_NEAR = 25
"""How close (in characters) a describing verb must stand before its quote."""
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "pcomp", "acl"})

_CUE_REACH = 400
"""How far (in characters) from its quote a verb of saying may stand: a long sentence's
worth. Looking further would make a run of quotes cost as the square of its length."""
_MAX_DEPTH = 40
"""How many steps up the parse a verb may govern a quote from: far more than prose needs,
and a bound on text the parser strings into one endless sentence."""

_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "dobj", "attr", "oprd", "conj"})


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: Token
    speaker: str | None
    mention: Span | None


def find_quotes(
    doc: Doc, body: tuple[Span, ...], quoted: tuple[Quoted, ...], resolver: SpeakerResolver
) -> tuple[Quote, ...]:
    """The quotes of the article's `body` paragraphs, from its `quoted` stretches."""
    quoting = Regions((q.outer.start, q.outer.end) for q in quoted)
    opening = [q.outer.start for q in quoted]  # in order: `find_quoted` sorts them
    quotes: list[Quote] = []
    previous_paragraph_speaker: str | None = None
    previous_unclosed = False
    for paragraph in body:
        within = slice(
            bisect.bisect_left(opening, paragraph.start), bisect.bisect_left(opening, paragraph.end)
        )
        in_paragraph = list(quoted[within])
        last: str | None = None
        last_cue: int | None = None
        in_paragraph = [q for q in in_paragraph if not _names_something(text_of(doc), q)]
        # A paragraph that goes on with a quote the one before left open ("... second to
        # none.\n\n"A great judge ..." His nephew said ...) is still that speaker's: a cue in
        # the sentence after its first quote is someone else's.
        went_on = (
            previous_unclosed
            and bool(in_paragraph)
            and in_paragraph[0].outer.start == paragraph.start
        )
        for index, quote in enumerate(in_paragraph):
            attribution = _attribution(
                doc, quote, quoting, paragraph, resolver, first=index == 0 and not went_on
            )
            sentence = _sentences_around(
                doc, quote, paragraph, attribution.cue if attribution is not None else None
            )
            dashed = None if attribution else resolver.dash_attribution(quote.outer.end, paragraph)
            if attribution is not None:
                kind, content = _kind_and_content(doc, quote, attribution, quoting)
                if kind is QuoteKind.DIRECT and _scare_quote(doc, quote):
                    continue
                speaker = attribution.speaker
                if speaker is None and attribution.mention is None:
                    speaker = last or previous_paragraph_speaker
                elif (
                    index == 0
                    and quote.outer.start == paragraph.start
                    and attribution.mention is not None
                    and previous_paragraph_speaker is not None
                    and resolver.same_gender(attribution.mention.text, previous_paragraph_speaker)
                ):
                    # '"...," he said.' opening a paragraph goes on with the one quoted in
                    # the paragraph before, not whoever its last sentence was about.
                    speaker = previous_paragraph_speaker
                record = Quote(
                    content=content,
                    kind=kind,
                    speaker=speaker,
                    sentence=sentence,
                    cue=attribution.cue.text,
                    speaker_mention=attribution.mention,
                    # "...," X said. "...": both halves hang on one cue, one quote in two parts
                    continues=kind is QuoteKind.DIRECT
                    and attribution.cue.i == last_cue
                    and quotes[-1].kind is QuoteKind.DIRECT
                    and not _cue_between(doc, in_paragraph[index - 1], quote, last_cue),
                )
            elif dashed is not None:
                record = Quote(
                    quote.inner, QuoteKind.DIRECT, dashed[0], sentence, speaker_mention=dashed[1]
                )
            else:
                starts_paragraph = quote.outer.start == paragraph.start
                inherited = (
                    last if index else (previous_paragraph_speaker if starts_paragraph else None)
                )
                words = len(quote.inner.text.split())
                introduced = (
                    None
                    if starts_paragraph
                    else _introduced(doc, quote, resolver, last or previous_paragraph_speaker)
                )
                if introduced is None and _scare_quote(doc, quote):
                    continue
                if introduced is None and inherited is None and not starts_paragraph:
                    inherited = _speaker_before(doc, quote, paragraph, quoting, resolver)
                elif index and went_on:
                    # After the rest of a quote left open, '... Mr Armes warned that ...
                    # "..."': the words after that sentence are the newcomer's.
                    if _cue_between(doc, in_paragraph[index - 1], quote, None):
                        inherited = (
                            _speaker_before(doc, quote, paragraph, quoting, resolver) or inherited
                        )
                if introduced is not None:
                    record = introduced
                elif inherited is None and (
                    words < _MIN_UNATTRIBUTED_WORDS or not starts_paragraph
                ):
                    continue
                else:
                    runs_on = starts_paragraph and previous_unclosed
                    record = Quote(
                        quote.inner,
                        QuoteKind.DIRECT,
                        inherited,
                        sentence,
                        continues=inherited is not None and (index > 0 or runs_on),
                    )
            if quote.outer.start == paragraph.start and previous_unclosed and not record.continues:
                record = replace(record, continues=True)  # the next paragraph of a long quote
            if record.speaker:
                last = record.speaker
            last_cue = attribution.cue.i if attribution is not None else None
            if _same_partial(quotes, record):
                # Two quoted phrases of one reported clause: one partial quote.
                before = quotes.pop()
                start, end = before.content.start, max(before.content.end, record.content.end)
                record = replace(before, content=Span(start, end, text_of(doc)[start:end]))
            quotes.append(record)
        previous_unclosed = bool(in_paragraph) and in_paragraph[-1].unclosed
        if in_paragraph:
            previous_paragraph_speaker = last
        else:
            previous_paragraph_speaker = _paragraph_speaker(
                doc, paragraph, resolver, previous_paragraph_speaker
            )
    text = text_of(doc)
    found = tuple(_quoting_another(text, q) for q in _runs_on_speakers(quotes, quoted, body))
    return found


_QUOTING = re.compile(r"[,.!?]?[”\"’]?[^.!?“”\"]{0,40}?,\s+quoting\b")


def _quoting_another(text: str, quote: Quote) -> Quote:
    """A quote its speaker reads out from someone else ("..., she said, quoting the man she
    knew as Uncle Ossie"): the words are another's, so whose is left unclear."""
    if quote.speaker is None or not _QUOTING.match(text, quote.content.end):
        return quote
    return replace(quote, speaker=None, speaker_mention=None)


def _runs_on_speakers(
    quotes: list[Quote], quoted: tuple[Quoted, ...], body: tuple[Span, ...]
) -> tuple[Quote, ...]:
    """A quote running over paragraphs takes the speaker named at its end, if only there."""
    unclosed = {q.inner.start for q in quoted if q.unclosed}
    starts = {p.start for p in body}
    out = list(quotes)
    for index in range(len(out) - 2, -1, -1):
        quote, following = out[index], out[index + 1]
        if (
            quote.speaker is None
            and quote.content.start in unclosed
            and following.speaker is not None
            and following.content.start - 1 in starts | {s + 1 for s in starts}
        ):
            out[index] = replace(quote, speaker=following.speaker)
    return tuple(out)


def _scare_quote(doc: Doc, quote: Quoted) -> bool:
    """A short phrase in quote marks inside a sentence, not part of anyone's reported words.

    Residents of the "green zone" were told to stay indoors. Not when a verb of saying
    or describing leads into it (said "not yet", described as "chaos") or it ends a
    sentence of its own.
    """
    text = text_of(doc)
    before = text[: quote.outer.start].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "'’"):
        return False
    if len(quote.inner.text.split()) > _MAX_SCARE_WORDS or quote.inner.text[-1:] in ".!?":
        return False
    lead = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if lead is None:
        return True
    token = lead[-1]
    return not (is_cue(token) or token.lower_ == "as" or token.lemma_ in _DESCRIBING_VERBS)


def _same_partial(quotes: list[Quote], record: Quote) -> bool:
    if not quotes or record.kind is not QuoteKind.MIXED:
        return False
    before = quotes[-1]
    return (
        before.kind is QuoteKind.MIXED
        and before.content.start <= record.content.start < before.content.end + 2
    )


def _names_something(text: str, quote: Quoted) -> bool:
    """A title, nickname or markup value in quote marks rather than anyone's words.

    "Tough Choices", 'known as "the Hammer"', 'author="X"': short, capitalised like a
    title and without a sentence's closing punctuation, or introduced by a naming word.
    """
    before = text[max(0, quote.outer.start - 20) : quote.outer.start]
    if before.endswith("="):
        return True
    if _NAMING_WORDS.search(before):
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", quote.inner.text)
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    if quote.inner.text.rstrip()[-1:] in ".?!" and len(words) > _SHORT_NAME_WORDS:
        return False
    significant = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return bool(significant) and all(w[0].isupper() for w in significant) and len(words) > 1


def _attribution(
    doc: Doc,
    quote: Quoted,
    quoting: Regions,
    paragraph: Span,
    resolver: SpeakerResolver,
    first: bool,
) -> Attribution | None:
    cue = _nearest_cue(doc, quote, quoting, paragraph, look_ahead=first)
    if cue is None:
        return None
    speaker, mention = resolver.speaker_of(cue)
    return Attribution(cue, speaker, mention)


def _cue_between(doc: Doc, before: Quoted, quote: Quoted, shared: int | None) -> bool:
    """Whether the words between two quotes hold a verb of saying besides the cue both hang
    on (`shared`, a token index): '"...," he said, adding, "..."' tells a second statement,
    not the rest of the first."""
    between = doc.char_span(before.outer.end, quote.outer.start, alignment_mode="contract")
    return between is not None and any(is_cue(token) and token.i != shared for token in between)


def _nearest_cue(
    doc: Doc, quote: Quoted, quoting: Regions, paragraph: Span, look_ahead: bool
) -> Token | None:
    """The verb of saying outside quotes closest to the quote, in its sentences.

    Only the paragraph's first quote looks into the sentence after it: a later one without
    a cue of its own continues the quote before it ("...," X said. "...").
    """
    sentences = _spacy_sentences(doc, quote.outer.start, quote.outer.end, paragraph, look_ahead)
    near = [
        doc.char_span(
            max(sentence.start_char, quote.outer.start - _CUE_REACH),
            min(sentence.end_char, quote.outer.end + _CUE_REACH),
            alignment_mode="expand",
        )
        for sentence in sentences
    ]
    cues = [
        token
        for words in near
        for token in words or ()
        if (is_cue(token) or _describes(token, quote)) and token.idx not in quoting
    ]
    inside = doc.char_span(quote.inner.start, quote.inner.end, alignment_mode="expand")
    asides = [
        c
        for c in cues
        if c.dep_ == "parataxis"
        and is_cue(c)
        and inside is not None
        and (c.head.i == inside.root.i or _governs(c.head, inside.root))
    ]
    reporting = [c for c in cues if inside is not None and _governs(c, inside.root)]
    if asides:
        # "Mr. Obama said, a majority have come to believe "...": the inserted "X said"
        # reports the whole sentence, a verb of saying inside it included.
        cues = asides
    elif reporting:
        # 'Trump is telling a group that the military is "depleted" and says ...': the
        # verb whose reported words hold the quote, not the nearer one beside them.
        cues = reporting
    best: tuple[int, Token] | None = None
    for token in cues:
        if any(other.i != token.i and _reports(other, token) for other in cues):
            continue  # "Freeland said even though Canada believes ...": the outer cue speaks
        if token.idx >= quote.outer.end:
            if _introduces(token):
                continue  # '"..." Reid added: "..."': the colon gives the next quote
            if token.dep_ == "acl" and token.sent.start_char >= quote.outer.end:
                continue  # '"..." The film shows ... a comment suggesting ...': the comment's
            distance = token.idx - quote.outer.end
        elif token.idx < quote.outer.start:
            distance = quote.outer.start - token.idx
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, token)
    return best[1] if best else None


def _introduces(cue: Token) -> bool:
    """A cue with a colon right after it: it introduces what follows, not what precedes."""
    following = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    return following is not None and following.text == ":"


def _describes(token: Token, quote: Quoted) -> bool:
    """ "what he called "the loneliest moment of my life"": a describing verb right before."""
    gap = quote.outer.start - (token.idx + len(token.text))
    return (
        token.lemma_ in _DESCRIBING_VERBS
        and token.pos_ == "VERB"
        and 0 <= gap <= _NEAR
        and cue_subject(token) is not None  # not "a policy called ..."
    )


def _introduced(
    doc: Doc, quote: Quoted, resolver: SpeakerResolver, inherited: str | None
) -> Quote | None:
    """A quote after a colon in mid-paragraph: "The team posted two words: "I'm back.""

    The subject of the verb before the colon speaks (a person, a team, or nobody named).
    """
    before = text_of(doc)[: quote.outer.start].rstrip()
    if not before.endswith(":") or len(quote.inner.text.split()) < 2:
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None or colon.start == 0:
        return None
    line = doc.char_span(before.rfind("\n") + 1, len(before) - 1, alignment_mode="contract")
    if line is not None and 0 < len(line) <= _SHORT_NAME_WORDS and all(t.is_title for t in line):
        # "Kasich: 'We are going all the way'": the name before the colon speaks.
        name = resolver.person(line) or (
            resolver.resolve(line) if all(t.pos_ == "PROPN" for t in line) else None
        )
        if name is not None:
            named = Span(line.start_char, line.end_char, line.text)
            span = Span(
                line.start_char, quote.outer.end, text_of(doc)[line.start_char : quote.outer.end]
            )
            return Quote(quote.inner, QuoteKind.DIRECT, name, span, speaker_mention=named)
    verb = doc[colon.start - 1]
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    speaker, mention = resolver.speaker_of(verb)
    if not is_cue(verb) and _about_someone(verb):
        # "The timing of the surge does not surprise pollster Daron Shaw:": what the
        # sentence is about cannot speak, and whether the one it names is quoted the
        # words do not say.
        speaker, mention = None, None
    sentence = verb.sent
    if speaker is None and mention is None and verb.pos_ not in {"VERB", "AUX"}:
        speaker = inherited  # "Then, after a pause:": nobody new speaks
    span = Span(sentence.start_char, sentence.end_char, sentence.text)
    return Quote(quote.inner, QuoteKind.DIRECT, speaker, span, speaker_mention=mention)


def _clause_of_its_own(token: Token) -> bool:
    """Whether the parser hung a clause with a subject of its own on a noun: "(told the
    programme) there was a danger", not "(the bigots) who oppose it"."""
    return token.dep_ in {"acl", "relcl"} and any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.tag_ not in {"WP", "WDT"}
        for c in token.children
    )


def _about_someone(verb: Token) -> bool:
    """Whether the verb tells what a thing that cannot speak did to a person: "The timing
    does not surprise pollster Daron Shaw" (not "The team posted two words", nor "The
    statement read")."""
    subject = cue_subject(verb)
    if subject is None or subject.root.pos_ != "NOUN":
        return False
    root = subject.root
    if can_speak(root) or root.lemma_.lower() in words_of(root).document_nouns:
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children)


def _reports(outer: Token, inner: Token) -> bool:
    """Whether `inner` stands in what `outer` reports, not merely beside it (conj, or an
    aside the parser hung on it: '"...," Trump said, after Quick said ...')."""
    token = inner
    embedded = False
    for _ in range(_MAX_DEPTH):
        if token.head.i == token.i:
            break
        embedded = embedded or token.dep_ not in {"conj", "cc", "parataxis"}
        token = token.head
        if token.i == outer.i:
            return embedded
    return False


def _governs(head: Token, token: Token) -> bool:
    for _ in range(_MAX_DEPTH):
        if token.head.i == token.i:
            break
        token = token.head
        if token.i == head.i:
            return True
    return False


def _spacy_sentences(
    doc: Doc, start: int, end: int, paragraph: Span, look_ahead: bool = True
) -> list[SpacySpan]:
    """Sentences overlapping [start, end), and the one right after when the quote ends one."""
    out = []
    following = None
    for sentence in sentences_between(doc, start, end):
        if sentence.end_char <= paragraph.start or sentence.start_char >= paragraph.end:
            continue
        if sentence.start_char < end:
            out.append(sentence)
        else:
            following = sentence
    if look_ahead and following is not None and out and out[-1].end_char <= end + 1:
        out.append(following)
    return out


def _kind_and_content(
    doc: Doc, quote: Quoted, attribution: Attribution, quoting: Regions
) -> tuple[QuoteKind, Span]:
    """Mixed when the quote sits inside the cue's reported clause among other words.

    Never when the speaker is named between the clause's start and the quote: that is
    the second half of a split quote ('"...," said X, a teacher, "..."').
    """
    cue, mention = attribution.cue, attribution.mention
    for child in cue.children:
        if child.dep_ not in _CONTENT_DEPS:
            continue
        if child.dep_ == "dobj" and cue.lemma_.lower() == "tell":
            # "told BBC Two's Newsnight programme there was a danger ...": whom he told,
            # with what he told them hung on it; the words are the clause alone.
            clause = [c for c in child.children if _clause_of_its_own(c) and c.i > child.i]
            child = clause[0] if clause else child
        # A subtree is one stretch of the sentence: read from its edges, not word by word.
        first, last = child.left_edge, child.right_edge
        start, end = first.idx, last.idx + len(last.text)
        if not (start <= quote.inner.start and quote.inner.end <= end + 1):
            continue
        outside = (
            t
            for t in doc[first.i : last.i + 1]
            if t.is_alpha and t.idx not in quoting and t.lower_ not in {"that", "as"}
        )
        if next(outside, None) is None or next(outside, None) is None:
            break  # fewer than two words of the clause's own
        if mention and start <= mention.start < quote.outer.start:
            break
        while first.i < last.i and (
            (first.lower_ == "that" or first.is_punct)
            and first.text not in language_of(first).quote_marks.characters
        ):
            first = doc[first.i + 1]
        start = word_start(text_of(doc), min(first.idx, quote.outer.start))
        end = max(end, quote.outer.end)
        if _closes_clause(text_of(doc), quote):
            end = quote.outer.end  # "...the problems," alluding to...: the clause ends here
        return QuoteKind.MIXED, Span(start, end, text_of(doc)[start:end])
    return _embedded(doc, quote, cue) or (QuoteKind.DIRECT, quote.inner)


def _speaker_before(
    doc: Doc, quote: Quoted, paragraph: Span, quoting: Regions, resolver: SpeakerResolver
) -> str | None:
    """A quoted sentence after "X said his group would press on." speaks for that X."""
    before = text_of(doc)[paragraph.start : quote.outer.start].rstrip()
    if not before or before[-1] not in ".!?" or len(quote.inner.text.split()) < _MIN_SENTENCE_WORDS:
        return None
    span = doc.char_span(paragraph.start, paragraph.start + len(before), alignment_mode="contract")
    speaker = None
    for token in _outer_cues([t for t in span or () if t.idx not in quoting]):
        speaker = resolver.speaker_of(token)[0] or speaker
    return speaker


def _outer_cues(tokens: list[Token]) -> list[Token]:
    """Verbs of saying not reported by another: "said" in "X said the city would ask"."""
    cues = [t for t in tokens if is_cue(t)]
    return [t for t in cues if not any(o.i != t.i and _reports(o, t) for o in cues)]


def _closes_clause(text: str, quote: Quoted) -> bool:
    """The quote ends with its clause: punctuation just inside or after the closing mark."""
    inside = text[quote.outer.start : quote.outer.end].rstrip("\"”’'» ")
    after = text[quote.outer.end : quote.outer.end + 1]
    return inside[-1:] in {",", ".", "!", "?", ";"} or after in {",", ";", ".", "—"}


def _embedded(doc: Doc, quote: Quoted, cue: Token) -> tuple[QuoteKind, Span] | None:
    """A quoted phrase inside a sentence of reported speech: she's experienced "on paper".

    The words before the opening mark run on into it (no comma or colon between, and the
    quote starts in lower case), so the quote is part of the clause: the clause from its
    first word to the end of the quote is the partial quote.
    """
    before = text_of(doc)[: quote.outer.start].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "'’") or not quote.inner.text:
        return None
    if quote.inner.text[0].isupper() or len(quote.inner.text.split()) > _MAX_EMBEDDED_WORDS:
        return None
    first = doc.char_span(quote.inner.start, quote.inner.end, alignment_mode="expand")
    if first is None:
        return None
    speaker_verb = cue.head if cue.lower_ == "according" else cue
    if not _governs(speaker_verb, first.root):
        return None  # "A "renoviction" is when a landlord tells...": not what the cue reports
    walker = first.root
    while walker.head.i != walker.i and walker.head.i != cue.i:
        walker = walker.head
    if walker.head.i == cue.i and walker.dep_ in {"nsubj", "nsubjpass", "agent"}:
        return None  # the quote is in the words naming the speaker, not in what they said
    clause = first.root
    while clause.head.i != clause.i and clause.dep_ not in _CLAUSE_DEPS:
        clause = clause.head
    if clause.i == cue.i or clause.dep_ not in _CLAUSE_DEPS:
        clause = first.root
        while clause.head.i != cue.i and clause.head.i != clause.i:
            clause = clause.head
    tokens = in_order(clause)
    while (
        tokens
        and (tokens[0].lower_ == "that" or tokens[0].is_punct)
        and tokens[0].text not in language_of(cue).quote_marks.characters
    ):
        tokens.pop(0)
    if not tokens or tokens[0].idx >= quote.outer.start or tokens[0].i <= cue.i < first.start:
        return None
    start = tokens[0].idx
    end = quote.outer.end
    return QuoteKind.MIXED, Span(start, end, text_of(doc)[start:end])


def _sentences_around(doc: Doc, quote: Quoted, paragraph: Span, cue: Token | None) -> Span:
    """The sentences of the quote and of its verb of saying; for a quote whose verb is not
    known, the sentence after it too when the quote ends one ("..." Smith said, split off)."""
    if cue is None:
        sentences = _spacy_sentences(doc, quote.outer.start, quote.outer.end, paragraph)
    else:
        start, end = min(quote.outer.start, cue.idx), max(quote.outer.end, cue.idx + len(cue))
        sentences = _spacy_sentences(doc, start, end, paragraph, look_ahead=False)
    if not sentences:
        return quote.outer
    start = max(min(s.start_char for s in sentences), paragraph.start)
    end = min(max(s.end_char for s in sentences), paragraph.end)
    text = text_of(doc)[start:end]
    end = start + len(text.rstrip())
    return Span(start, end, text_of(doc)[start:end])


def _paragraph_speaker(
    doc: Doc, paragraph: Span, resolver: SpeakerResolver, previous: str | None
) -> str | None:
    """The speaker of a paragraph without quotes, for a quote-only paragraph that follows.

    A paragraph with no verb of saying that names nobody else (a pull quote, a line of
    background) keeps the speaker before it in focus.
    """
    span = doc.char_span(paragraph.start, paragraph.end, alignment_mode="expand")
    if span is None:
        return None
    speaker = None
    for token in _outer_cues(list(span)):
        speaker = resolver.speaker_of(token)[0] or speaker
    if speaker is None and paragraph.text.rstrip().endswith(":"):
        # "Novak put it plainly:" introduces the quote of the paragraph after it.
        speaker = resolver.speaker_of(span[-1].sent.root)[0]
    if speaker is not None:
        return speaker
    named = resolver.people_named(paragraph.start, paragraph.end)
    return previous if previous is not None and named <= {previous} else None
