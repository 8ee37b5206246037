"""Sentences told again in the words a summary uses, as a teacher restates a lead.

A question that keys the article's own sentence word for word is answered by matching
words, not by understanding them. Each change here keeps every word the sentence gives
(none is swapped for a synonym, so the answer stays grounded in the article) but moves
them where a summary puts them:

- a closing "after ..." or "because ..." clause goes first ("After cold weather pushed
  prices up, oil rose"), and so does a closing "after", "despite", "following" or "amid"
  phrase, unless a noun it may belong to stands right before it ("conditions after the
  floods");
- a passive with its doer turns active ("A call ... has been rejected by Mr Malik" ->
  "Mr Malik rejected a call ...");
- "has done" becomes "did", and "is to do" becomes "will do";
- "on Thursday", "earlier this week" and the like, which only tie the news to its day,
  are left out.

Only the main clause is changed. The words someone said are never rearranged: a sentence
with quote marks only loses the day its main verb is tied to, where that is in the writer's
words.

Apart from these, a sentence that gives someone's words may tell news only in passing, in
the subject the words are about ("A bill that passed the House ... “strikes a blow ...,”
Jeffries said"): that news is told as a sentence of its own (`told_in_passing`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from studyguide.analysis.lang import words_of
from studyguide.analysis.parsing import overlaps
from studyguide.model import Restatement, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_DAY = re.compile(
    r"^(?:(?:on|earlier|later)\s+)*(?:(?:(?:this|last|next|earlier|later|on)\s+)*"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tonight"
    r"|(?:earlier |later )?this (?:week|weekend|month))(?:['’]s)?"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)
"""A time that only ties the news to its day: "on Thursday", "earlier this week"; not "last
week" or "next month", which set it apart from the news of the day."""
_STILL = re.compile(
    r"(?:since|yet|ever|so far|lately|recently|now|just|already)\b"
    r"|(?:for|over|in|during) .*\b(?:years?|months?|weeks?|days?|decades?)$",
    re.IGNORECASE,
)
"""Words with which a perfect tells what has held until now: "since 2003", "for years"; or
how near now it happened: "has now ruled", "has just left" (not "now ruled")."""
_FRONTED = frozenset("after because although though".split())
"""Words opening a closing clause that a summary may put first; not "when", "before" or
"until", whose clause the parser often hangs on the wrong verb ("money paid to banks
before the company went bust"), nor "as", which may mean "while" or "because": put first
("As the market fell, ...") it reads as made, not written."""
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of a verb that makes a clause: a phrase with no verb of its own holds none."""
_SHORT_REST = 5
"""Words of a main clause closing on its verb too few to follow a fronted clause."""
_DASHES = frozenset("-–")
"""Dashes that, with a space after them, open an aside or a list ("- China, India"); not the
hyphen of "injury-free". An em dash or a doubled one ("consumers—China") always does."""
_FRONTED_PHRASE = frozenset("after despite following amid".split())
"""Words opening a closing phrase, with no verb of its own, that may go first too."""
_POINTING = frozenset("it its they them their he him his she her".split())
"""Words that point at a name: put first, they would point at one not yet given."""
_DESCRIBED = frozenset(
    "country nation state city region firm company group club team side party band bank".split()
)
"""Nouns that, after "the", stand for a name the sentence gives ("the country" for India):
put first, they would stand for one not yet given."""
_NAMES = frozenset("PERSON ORG WORK_OF_ART PRODUCT FAC EVENT GPE NORP LOC LAW LANGUAGE".split())
"""Kinds of name whose words keep their capitals wherever they are moved."""


def restatements(
    doc: Doc, sentences: tuple[Span, ...], quoted: tuple[Span, ...]
) -> tuple[Restatement, ...]:
    """Each sentence of `sentences` that a summary would word otherwise, so worded; in one
    that quotes someone, nothing is moved, and no word is changed in the `quoted` stretches."""
    # Words the article capitalises after a lower-case word: names, kept so when moved (not
    # "Airlines" from "Continental Airlines", which opens "Airlines have faced ...").
    names = frozenset(
        t.text for t in doc if t.is_title and not t.is_sent_start and not doc[t.i - 1].is_title
    )
    return _each(doc, sentences, lambda tokens: _restated(tokens, names, quoted))


def told_in_passing(
    doc: Doc, sentences: tuple[Span, ...], quoted: tuple[Span, ...]
) -> tuple[Restatement, ...]:
    """The news a sentence tells only in passing, in the subject of someone's words: "A
    bipartisan prison reform bill that passed the U.S. House by a 360-59 vote “strikes an
    opening blow ...,” Jeffries said" tells that "A bipartisan prison reform bill passed the
    U.S. House by a 360-59 vote". Only a thing's clause ("that" or "which") that tells what
    happened to it (a verb in the past or the perfect), in the writer's words: not one inside
    the `quoted` stretches, nor one that describes ("a bill that aims to ...")."""
    return _each(doc, sentences, lambda tokens: _in_passing(tokens, quoted))


def _each(
    doc: Doc, sentences: tuple[Span, ...], tell: Callable[[SpacySpan], str | None]
) -> tuple[Restatement, ...]:
    """Each sentence as `tell` tells it, where that differs from its own words."""
    out = []
    for sentence in sentences:
        tokens = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        text = tell(tokens) if tokens is not None else None
        if text is not None and text != " ".join(sentence.text.split()):
            out.append(Restatement(sentence, text))
    return tuple(out)


def _in_passing(sentence: SpacySpan, quoted: tuple[Span, ...]) -> str | None:
    for told in sentence:
        saying = told.head
        if told.dep_ != "ccomp" or saying.dep_ != "ROOT":
            continue
        if saying.lemma_.lower() not in words_of(saying).speech_verbs:
            continue
        subjects = [c for c in told.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1:
            continue  # none, or a parse that split one ("the arc that brought him | victory")
        subject = subjects[0]
        clause = next((c for c in subject.children if c.dep_ == "relcl"), None)
        if clause is None or not _happened(clause) or not _closes(clause, told):
            continue
        which = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if [w.lower_ for w in which] not in (["that"], ["which"]):
            continue
        doc = sentence.doc
        own = doc[subject.left_edge.i : clause.left_edge.i]
        rest = doc[which[0].i + 1 : clause.right_edge.i + 1]
        if overlaps(quoted, own.start_char, rest.end_char):
            continue
        joined = f"{own.text.strip(' ,')} {rest.text.strip(' ,')}"
        return f"{joined[:1].upper()}{joined[1:]}."
    return None


def _closes(clause: Token, told: Token) -> bool:
    """Whether the clause runs to where the words about its subject go on: one the parser
    cut short ("the arc that brought him | victory here can happen") leaves words out."""
    following = clause.doc[clause.right_edge.i + 1 :]
    after = next((t for t in following if not t.is_punct), None)
    return after is not None and (after == told or after.head == told)


def _happened(verb: Token) -> bool:
    """Whether a clause tells what happened: "passed", "was signed", "has won"; not what
    brought the thing about ("a fall which was driven by oil"), which describes it, nor how
    it was or used to be ("which has been the target of ...")."""
    if verb.lemma_ in ("be", "use") or any(c.dep_ == "agent" for c in verb.children):
        return False
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD" and not helpers:
        return True
    return verb.tag_ == "VBN" and bool(helpers & {"was", "were", "has", "have", "had"})


def _restated(sentence: SpacySpan, names: frozenset[str], quoted: tuple[Span, ...]) -> str | None:
    if re.search(r"[“”\"]", sentence.text):
        return _without_day(sentence, quoted)
    if not sentence.text.rstrip().endswith("."):
        return None
    roots = [t for t in sentence if t.head == t or not sentence.start <= t.head.i < sentence.end]
    if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX"):
        return None
    root = roots[0]
    words = _Words(sentence, names)
    heads = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    for head in heads:
        _drop_day(words, head)
    if not _made_active(words, root):
        for head in heads:
            _past(words, head)
        _will(words, root)
    _front_closing(words, root)
    return words.text()


class _Words:
    """The sentence's tokens, each kept, dropped or replaced, in an order that may change."""

    def __init__(self, sentence: SpacySpan, names: frozenset[str]) -> None:
        self.sentence = sentence
        self.names = names
        self.order = [t.i for t in sentence if not (t.is_punct and t.i == sentence.end - 1)]
        self.replaced: dict[int, str] = {}
        self.after: dict[int, str] = {}
        """Words to add after a token ("Boeing" + ", the US aircraft firm,")."""
        self.lowered: set[int] = set()
        last = sentence[-1]
        if not last.is_punct and last.text.endswith("."):
            self.replaced[last.i] = last.text[:-1]  # "£1.2m.": the full stop in the word

    def drop(self, tokens: SpacySpan | list[Token]) -> None:
        for token in tokens:
            self.replaced[token.i] = ""

    def word(self, i: int) -> str:
        token = self.sentence.doc[i]
        text = self.replaced.get(i, token.text)
        if i in self.lowered and text:
            text = text[:1].lower() + text[1:]
        if not text:
            return ""
        return text + self.after.get(i, "") + token.whitespace_

    def text(self) -> str:
        # A word keeps the space after it where the next stays next; a moved one gets one.
        joined = "".join(
            self.word(i) + ("" if following == i + 1 else " ")
            for i, following in zip(self.order, [*self.order[1:], -1], strict=True)
        )
        # A space before a mark that ends a word goes; not one before ".mobi", which opens it.
        joined = re.sub(r"\s+([,.;:])(?=\s|$)", r"\1", " ".join(joined.split()))
        joined = re.sub(r",(?:\s*,)+", ",", joined).strip(" ,")
        return joined[:1].upper() + joined[1:] + "."

    def moved_inside(self, i: int) -> bool:
        """Puts a word that opens the sentence inside it: a name keeps its capital (one the
        article writes so after another word, or a proper noun the recogniser names), a
        common word loses it. False for a proper noun it cannot tell. "The" is a name's only
        before one ("The Kelby Times"), not before "anger"."""
        token = self.sentence.doc[i]
        following = self.sentence.doc[i + 1 : i + 2]
        named = token.text in self.names and (
            token.pos_ != "DET" or any(t.pos_ == "PROPN" for t in following)
        )
        if token.text == "I" or not token.text[:1].isupper() or named:
            return True
        if token.pos_ == "PROPN":
            return token.ent_type_ in _NAMES
        self.lowered.add(i)
        return True


def _drop_day(words: _Words, head: Token) -> None:
    """Leaves out a time that ties the news to its day, said of the main verb."""
    for phrase in _days(head):
        words.drop(phrase)


def _days(head: Token) -> Iterator[SpacySpan]:
    """The times said of the verb that only tie the news to its day."""
    for child in head.children:
        phrase = child.doc[child.left_edge.i : child.right_edge.i + 1]
        if child.dep_ not in ("prep", "npadvmod", "advmod") or not any(
            t.ent_type_ in ("DATE", "TIME") for t in phrase
        ):
            continue
        if _DAY.match(phrase.text):
            yield phrase


def _without_day(sentence: SpacySpan, quoted: tuple[Span, ...]) -> str | None:
    """A sentence that quotes someone without the day its main verb is tied to, in the
    writer's words ("blamed Obama Tuesday for “foolishly” giving ..."): nothing else of it
    moves, so that the words said stay as they were."""
    root = sentence.root
    cut = [p for p in _days(root) if not overlaps(quoted, p.start_char, p.end_char)]
    if not cut:
        return None
    text = sentence.text
    for phrase in reversed(cut):
        start, end = phrase.start_char - sentence.start_char, phrase.end_char - sentence.start_char
        text = f"{text[:start].rstrip()} {text[end:].lstrip()}"
    text = re.sub(r"\s+([,.;:])", r"\1", " ".join(text.split())).lstrip(" ,")
    return text[:1].upper() + text[1:]


def _past(words: _Words, head: Token) -> None:
    """ "has reported" -> "reported"; "has been named" -> "was named"; not "has fallen",
    whose past ("fell") the article does not write, nor "has been in decline", a state
    that may hold still."""
    helpers = [c for c in head.children if c.dep_ in ("aux", "auxpass", "neg")]
    if [h.lower_ for h in helpers if h.dep_ == "aux"] not in (["has"], ["have"]):
        return
    if any(h.dep_ == "neg" for h in helpers):
        return  # "has not won": "not won" is no sentence
    if any(
        c.dep_ == "conj" and (c.tag_ in {"VBZ", "VBP"} or c.tag_ == "VB" and _no_helper(c))
        for c in head.children
    ):
        return  # "have been suffered and somebody has to pay", "have revealed ... but say"
    if any(
        _STILL.match(child.doc[child.left_edge.i : child.right_edge.i + 1].text)
        for child in head.children
    ):
        return  # "has lost 5% since the waves hit": true until now, which the past is not
    have = next(h for h in helpers if h.dep_ == "aux")
    been = [h for h in helpers if h.dep_ == "auxpass" and h.lower_ == "been"]
    was = "was" if have.lower_ == "has" else "were"
    if been:
        words.replaced[have.i] = was
        words.drop(been)
    elif head.tag_ == "VBN" and _past_form(head) == head.lower_:
        words.drop([have])


def _no_helper(verb: Token) -> bool:
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _past_form(verb: Token) -> str | None:
    from lemminflect import getInflection

    forms = getInflection(verb.lemma_, "VBD")
    return forms[0].lower() if forms else None


def _will(words: _Words, root: Token) -> None:
    """ "Gordon Brown is to freeze petrol duty" -> "Gordon Brown will freeze petrol duty"."""
    if root.lower_ not in ("is", "are") or root.i + 2 >= len(root.doc):
        return
    following = root.doc[root.i + 1]
    verb = root.doc[root.i + 2]
    if following.lower_ == "to" and verb.tag_ == "VB" and verb.head == root:
        words.replaced[root.i] = "will"
        words.drop([following])


def _made_active(words: _Words, root: Token) -> bool:
    """ "A call ... has been rejected by one of Labour's most senior Asians" -> "One of
    Labour's most senior Asians rejected a call ...": only a passive in the past, whose
    doer is named and whose verb has one form for both ("rejected", not "taken")."""
    subject = [c for c in root.children if c.dep_ == "nsubjpass"]
    agent = [c for c in root.children if c.dep_ == "agent"]
    helpers = [c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass", "neg")]
    if len(subject) != 1 or len(agent) != 1 or root.tag_ != "VBN":
        return False
    if any(c.dep_ == "prt" for c in root.children):
        return False  # "were held up by storms": "held ships up" splits the verb
    if helpers not in (["was"], ["were"], ["has", "been"], ["have", "been"]):
        return False
    if _past_form(root) != root.lower_:
        return False
    doer = [c for c in agent[0].children if c.dep_ == "pobj"]
    sentence = words.sentence
    if len(doer) != 1 or subject[0].left_edge.i != sentence.start:
        return False
    if subject[0].lower_ in _POINTING:
        return False  # "It was bought by a dealer": turned round, "it" no longer opens it
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "conj", "cc") for c in root.children):
        return False
    # The doer runs to the end of the sentence: nothing said after it is moved along.
    if doer[0].right_edge.i != words.order[-1]:
        return False
    # A doer with an aside of its own ("Simon Royce, who is on loan") would lose the comma
    # that closes the aside once the verb follows it.
    if any(t.text == "," for t in doer[0].subtree):
        return False
    taker = list(range(subject[0].left_edge.i, subject[0].right_edge.i + 1))
    by = list(range(agent[0].i, doer[0].right_edge.i + 1))
    rest = [i for i in words.order if i not in taker and i not in by]
    helper_ids = {c.i for c in root.children if c.dep_ in ("aux", "auxpass")}
    rest = [i for i in rest if i not in helper_ids]
    if rest[: rest.index(root.i)]:
        return False  # "A call ... was, in the end, rejected by ...": left as written
    if not words.moved_inside(taker[0]):
        return False
    words.drop([agent[0]])
    words.order = by[1:] + rest[: rest.index(root.i) + 1] + taker + rest[rest.index(root.i) + 1 :]
    return True


def _dash(token: Token) -> bool:
    """Whether the token is a dash that opens an aside or a list, not a hyphen."""
    return token.text in {"—", "--"} or token.text in _DASHES and bool(token.whitespace_)


def _front_closing(words: _Words, root: Token) -> None:
    """ "Maruti reported a rise in profit after a booming economy boosted demand." ->
    "After a booming economy boosted demand, Maruti reported a rise in profit."."""
    last = words.order[-1]
    if any(c.tag_ == "MD" for c in root.children):
        return  # "Dent will face Hewitt after ...": an order of events, told as it comes
    for child in root.children:
        if child.i < root.i or child.right_edge.i != last:
            continue
        opening = child.doc[child.left_edge.i]
        if child.dep_ == "advcl":
            if opening.lower_ not in _FRONTED or opening.dep_ != "mark":
                continue
            subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                continue  # "after beating the Netherlands": whose doing, only the rest says
            subject = child.doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
            if subject[0].lower_ == "the" and not any(t.pos_ == "PROPN" for t in subject):
                return  # "the fourth seed": someone named before, who put first is no one
        elif child.dep_ == "prep":
            if child.lower_ not in _FRONTED_PHRASE or child.i != child.left_edge.i:
                continue
            after_noun = child.i > 0 and child.doc[child.i - 1].pos_ in ("NOUN", "PROPN")
            if after_noun and any(c.dep_ == "pobj" for c in child.children):
                return  # "slow conditions after the attacks": the noun's phrase, maybe
        else:
            continue
        moved = [i for i in words.order if child.left_edge.i <= i <= last]
        if any(not child.is_ancestor(child.doc[i]) and i != child.i for i in moved):
            return  # the span holds more than the clause: "despite ..., the CBI says"
        if child.dep_ == "prep" and any(child.doc[i].tag_ in _FINITE for i in moved):
            return  # "despite a rise in output, the CBI says" parsed as one phrase
        if any(_dash(child.doc[i]) for i in moved):
            return  # "after talks between the buyers - China, India ...": the dash would not close
        if any(child.doc[i].lower_ in _POINTING for i in moved):
            return  # "after its profits fell": "its" would point at eBay before it is named
        if any(
            child.doc[i].lower_ == "the" and child.doc[i].head.lemma_.lower() in _DESCRIBED
            for i in moved
        ):
            return  # "after S&P raised the country's rating", "after the UK firm found gas"
        rest = [i for i in words.order if i not in moved]
        if rest and child.doc[rest[0]].lower_ in _POINTING:
            return  # "Their anger deepened after ...": the opening word shows it leans back
        if rest and child.doc[rest[0]].dep_ in ("cc", "advmod") and child.doc[rest[0]].head == root:
            return  # "But Ruiz is closer to fitness following ...": "But" stays first
        while rest and child.doc[rest[-1]].text == ",":
            rest.pop()  # the comma before ", after ..."
        if not rest or (rest[-1] == root.i and len(rest) <= _SHORT_REST):
            return  # "Despite ..., the awards came": so short a close reads cut off
        if not words.moved_inside(rest[0]):
            return
        words.after[moved[-1]] = ", "
        words.order = moved + rest
        return
