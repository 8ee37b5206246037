"""Who is speaking: from a verb of saying to the canonical name of its subject."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from studyguide.analysis.entities import Cast
from studyguide.analysis.lang import ReadingWords, words_of
from studyguide.analysis.parsing import entities_in, entity_of, in_order, text_of
from studyguide.model import Reference, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_MAX_DESCRIPTION_WORDS = 10
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_AMBIGUOUS = ""
"""In the focus memory: two people were the subject together, so a pronoun is unclear."""
_FOCUS_REACH = 3000
"""How far back (in characters) a pronoun looks for the person it stands for."""
_NEAR = 400
"""How far back a description looks for who it names again: the sentence or two before."""
_TOLD_OF = frozenset({"the", "its", "their"})
"""Words before a document that say the article told of it before: "the report" is the one
whose maker it named."""
_DASH = re.compile(r"[ \t]*(?:—|–|--)[ \t]*")
_SKIPPED_BEFORE_CUE = frozenset(
    {"also", "later", "previously", "has", "had", "have", "will", "would", "then", "once"}
)


_CLIMBED = frozenset({"conj", "xcomp", "advcl", "acl", "pcomp", "prep"})
"""Links from a verb of saying up to the verb whose subject speaks: "... said, adding",
"placards in the video, including: ..."."""
_FAULTING = frozenset("accuse blame criticise criticize condemn attack mock rebuke".split())
"""Verbs whose object's own words may follow: "accused critics of spreading fears by
claiming ...", where the claim is the critics', not the accuser's."""
_SIGNS = frozenset("ad advert advertisement video sign banner placard poster".split())
"""Things that carry someone's words: "held up a sign saying", "an ad calling"."""
_TITLE_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_OPENING_PRONOUNS = frozenset({"He", "She", "His", "Her"})
_PRONOUN_GENDERS = {"he": "m", "him": "m", "she": "f", "her": "f"}


@cache
def _speaking_nouns(words: ReadingWords) -> frozenset[str]:
    """Nouns for someone, or a body, that can speak: "with a spokesperson describing"."""
    return words.people_nouns | words.organization_nouns


@cache
def _newcomers(words: ReadingWords) -> frozenset[str]:
    """Nouns that bring an unnamed person into the story with "a" ("a young child")."""
    return words.person_nouns | words.focus_descriptions | {"child", "kid", "person"}


@cache
def _gender_of_noun(words: ReadingWords) -> dict[str, str]:
    """The gender a describing noun gives its speaker: "a spokeswoman said" is a woman."""
    return dict.fromkeys(words.male_words, "m") | dict.fromkeys(words.female_words, "f")


def _last_before(
    memory: list[tuple[int, str]], position: int, reach: int = _FOCUS_REACH
) -> str | None:
    """The name last remembered before `position`, if not too far back."""
    index = bisect.bisect_left(memory, (position, ""))
    if not index:
        return None
    where, name = memory[index - 1]
    return name if position - where <= reach else None


def _titles(words: SpacySpan) -> list[str]:
    """The genders the titles among the words give: "m" for "Mr", "f" for "Mrs"."""
    return [
        gender
        for word in words
        if (gender := _TITLE_GENDERS.get(word.lower_.rstrip("."))) is not None
    ]


def _describes_person_in_focus(mention: SpacySpan) -> bool:
    """ "the rookie defenceman", "the 45-year-old": a description that names again the
    person the story is about, never an office ("the minister") nor a name."""
    root = mention.root
    # "the 32-year-old labourer", "the 45-year-old": the parser splits the age into five
    # words, and takes the last ("old") for the head where no noun follows.
    aged = _AGED.search(mention.text) is not None
    return (
        mention[0].lower_ == "the"
        # one person: "the players" are not the last one named
        and (root.tag_ == "NN" or (aged and root.lower_ == "old"))
        and (root.lemma_.lower() in words_of(root).focus_descriptions or aged)
        and not any(t.pos_ == "PROPN" for t in mention)
    )


_AGED = re.compile(r"\b\d+\s*-\s*year\s*-\s*old\b", re.IGNORECASE)


def _describes_organization(mention: SpacySpan) -> bool:
    """ "the firm", "the Swiss bank": a description that stands for an organisation named
    before, never a name of its own."""
    root = mention.root
    return (
        mention[0].lower_ == "the"
        and root.pos_ == "NOUN"
        and root.lemma_.lower() in words_of(root).organization_nouns
        and not any(t.pos_ == "PROPN" for t in mention)
    )


def _named_beside(mention: SpacySpan) -> str | None:
    """The name a description of a body gives beside it: "The firm, Sea Link, said" is Sea
    Link's, whatever firm the article named before."""
    for child in mention.root.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            name = _phrase(child)
            if all(t.is_title or t.is_upper or not t.is_alpha for t in name):
                return name.text
    return None


def _named_body(ent: SpacySpan) -> str:
    """The name of a body that holds a place's name: "Universities Scotland", "Statistics
    Canada", where the recogniser found only the place; else the name found."""
    start = ent.start
    doc = ent.doc
    while (
        start > 0
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i in range(ent.start, ent.end)
        and doc[start - 1].pos_ in {"PROPN", "NOUN"}
        and doc[start - 1].is_title
    ):
        start -= 1
    return doc[start : ent.end].text


def _in_focus(ent: SpacySpan) -> bool:
    """Whether an organisation's name stands as the subject of what the article tells,
    itself or beside a description ("The aid group Oxfam lost ..."); not as the subject of
    words reported ("Google said that Apple has revoked ..."), which is what was said."""
    subject = ent.root.head if ent.root.dep_ == "appos" else ent.root
    return subject.dep_ in {"nsubj", "nsubjpass"} and subject.head.dep_ != "ccomp"


def _in_aside(subject: Token) -> bool:
    """Whether the subject is of a relative clause that opens on "which", "who" or "whose",
    of words someone is reported to say ("A spokeswoman said Andi Peters would stay"), or of
    a supposition ("if Lord Archer applied")."""
    verb = subject.head
    if verb.dep_ == "ccomp" and is_cue(verb.head):
        return True
    if any(c.dep_ == "mark" and c.lower_ in {"if", "whether", "unless"} for c in verb.children):
        return True  # "asked ... if Lord Archer applied": someone supposed, not in focus
    return verb.dep_ == "relcl" and any(
        t.tag_ in {"WDT", "WP", "WP$"} and t.i < subject.i for t in verb.subtree
    )


def is_cue(token: Token) -> bool:
    """A verb of saying, or the "according" of "according to X"."""
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    words = words_of(token)
    if any(c.dep_ == "prt" and c.lower_ in words.unsaying_particles for c in token.children):
        return False  # "was shouted down by supporters": heckled, not speaking
    return token.lemma_.lower() in words.speech_verbs and token.pos_ in {"VERB", "AUX"}


def cue_subject(cue: Token) -> SpacySpan | None:
    """The words naming who speaks: nsubj of the cue, of the verb it hangs on, or to-object.

    The passive subject of the cue itself is who was told or described, not who spoke; the
    agent ("was announced by the ministry") speaks.
    """
    if cue.lower_ == "according":
        for to in cue.children:
            if to.lower_ == "to":
                objects = [c for c in to.children if c.dep_ == "pobj"]
                if objects:
                    return _phrase(objects[0])
        return None
    verb: Token | None = cue
    for step in range(3):
        if verb is None:
            break
        # The subject nearest the verb: "in Salem, New Hampshire, Trump went", where the
        # parser took the place for a second subject.
        at = verb.i
        subjects = sorted(
            (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}),
            key=lambda c: abs(c.i - at),
        )
        hyphened = _hyphened(subjects)
        if hyphened is not None:
            return hyphened
        if step == 0:
            agents = [c for c in verb.children if c.dep_ == "agent"]
            objects = [c for a in agents[:1] for c in a.children if c.dep_ == "pobj"]
            if objects:
                return _phrase(objects[0])
            if subjects and subjects[0].dep_ == "nsubjpass" and not _as_saying(verb):
                return None  # "he was described as ...", "she was told": someone else speaks
            if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG":
                return _participle_speaker(_holder(verb.head))
            sent = _sent_saying(verb)
            if sent is not None:
                return _participle_speaker(sent)
            if not subjects and verb.tag_ in {"VBD", "VBZ", "VBP"} and _after_quote(verb):
                # '"How big is that wall?" asked the boy': the speaker follows the verb.
                spoken = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
                if spoken and spoken[0].pos_ == "NOUN" and spoken[0].i - verb.i <= 3:
                    return _phrase(spoken[0])
        if subjects and step == 0 and subjects[0].i > verb.i:
            # '"...," added Ernst and Young's Sanjay Mehta': the person after the owner,
            # whichever of the owner's words the parser took for the subject.
            after = list(verb.doc[verb.i + 1 : verb.i + _AFTER_CUE])
            named = _owned_name(after) or _titled_name(after, subjects[0])
            if named:
                return verb.doc[named[0].i : named[-1].i + 1]
        if subjects and subjects[0].lower_ == "who" and verb.dep_ == "relcl":
            return _phrase(verb.head)  # "critic Paul Connolly, who said ...": Connolly
        if subjects:
            return _phrase(_one_of_joined(verb, subjects[0]))  # also "he is expected to say"
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "landed in hot water by saying": the subject of "landed"
            if verb.lemma_.lower() in _FAULTING and any(c.dep_ == "dobj" for c in verb.children):
                return None  # "accused critics of ... by claiming": the critics claim

        else:
            if step == 0 and verb.dep_ == "advcl" and verb.tag_ == "VBG":
                nearer = _nearer_doer(verb.head, verb)
                if nearer is not None:
                    return _phrase(nearer)
                told = verb.head
                if told.dep_ == "ccomp" and told.head.i < told.i and is_cue(told.head):
                    # "Higgs has said the province will stick with ..., insisting ...": the
                    # parser hung it on the words reported; who insists is who said them.
                    verb = told.head
                    continue
            verb = verb.head if verb.dep_ in _CLIMBED else None
    return None


def _ends_clause(run: SpacySpan) -> bool:
    """Whether the words end where the clause does: at a full stop or a comma ("said Mr
    Owen."), not where words follow, quoted or not ("says Kaine “has a passion ...”")."""
    after = run.doc[run.end] if run.end < len(run.doc) else None
    return after is None or after.text in {".", ",", ";", "!", "?"}


def _hyphened(subjects: list[Token]) -> SpacySpan | None:
    """The whole of a subject the parser broke at its hyphen into subjects of their own
    ("its co - chairman has said": "co" and "-", with "chairman" hung on the hyphen)."""
    if not any(t.text in {"-", "–"} for t in subjects):
        return None
    start = min(t.left_edge.i for t in subjects)
    end = max(t.right_edge.i for t in subjects)
    return subjects[0].doc[start : end + 1]


def _one_of_joined(verb: Token, subject: Token) -> Token:
    """The subject of a verb in the singular ("says") where the parser joined two names to
    it with "and": "His name is Tote King and Manuel Millan says ..." joins two clauses, and
    the one who says is the last name. Before "said", which may have several, the parser's
    subject stands."""
    if verb.tag_ != "VBZ":
        return subject
    joined = [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return joined[-1] if joined else subject


def _sent_saying(verb: Token) -> Token | None:
    """What was sent, where the parser read "sent a letter to Kim saying ..." as Kim
    saying it: the letter, whose sender speaks."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "to":
        return None
    sent = [c for c in verb.head.head.children if c.dep_ == "dobj"]
    return sent[0] if sent and sent[0].lemma_.lower() in words_of(verb).document_nouns else None


def _nearer_doer(head: Token, cue: Token) -> Token | None:
    """Who speaks in a ", saying ..." the parser hung on a verb whose subject cannot speak
    ("The deal is in question after Trump refused to certify it, saying ..."): the doer of
    the clause between them that can ("Trump"); None where the verb's own subject can speak
    ("The minister resigned after the report was published, saying ...")."""
    own = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not own or can_speak(own[0]):
        return None
    between = [c for c in head.children if c.dep_ == "advcl" and head.i < c.i < cue.i]
    for clause in reversed(between):
        doers = [c for c in clause.children if c.dep_ == "nsubj"]
        if doers and can_speak(doers[0]):
            return doers[0]
    return None


def can_speak(subject: Token) -> bool:
    """Whether the subject may be someone who speaks: a name, a pronoun, or a noun for a
    person or a body ("the firm", "the minister"), not "the deal" or "shares"."""
    if subject.pos_ in {"PROPN", "PRON"}:
        return True
    return subject.lemma_.lower() in _speaking_nouns(words_of(subject))


def _joint(noun: Token) -> bool:
    """Whether `noun` speaks with another ("Novak and Berg said"); not where the parser hangs
    the words of a name after "for" on it ("A spokesman for the Department for Culture,
    Media and Sport said")."""
    after = [c.i for c in noun.children if c.dep_ == "prep"]
    return any(c.dep_ == "conj" and not any(i < c.i for i in after) for c in noun.children)


def _within_phrase(run: SpacySpan, subject: SpacySpan | None) -> bool:
    """Whether the name stands inside the subject's phrase but is not its head: "a
    spokesman for Mr Prescott warned" is the spokesman speaking, not Mr Prescott."""
    return (
        subject is not None
        and subject.start <= run.start
        and run.end <= subject.end
        and not run.start <= subject.root.i < run.end
    )


def _gendered_noun(subject: SpacySpan, cue: Token) -> Token | None:
    """The noun telling a speaker's gender that ends the words naming them: "A BBC
    spokeswoman", also where the parser hung it inside the subject ("A Department for
    Education and Skills spokeswoman", read as "a department for ... spokeswoman")."""
    last = subject.root
    if subject.root.pos_ != "NOUN":
        before = cue.doc[cue.i - 1] if cue.i else None
        if before is None or before.i < subject.start or before.head.i > before.i:
            return None
        if not any(a.i == subject.root.i for a in before.ancestors):
            return None
        last = before
    if last.pos_ != "NOUN" or last.lemma_.lower() not in _gender_of_noun(words_of(cue)):
        return None
    return last


def _participle_speaker(noun: Token) -> SpacySpan | None:
    """Who speaks through a participle on a noun: the noun when someone can speak ("with a
    spokesperson describing", "officials saying"); for a document, whoever put it out
    ("Trump issued a statement saying"); nobody for anything else ("ads calling")."""
    lemma = noun.lemma_.lower()
    words = words_of(noun)
    if noun.pos_ == "PROPN" or lemma in _speaking_nouns(words):
        return _phrase(noun)
    if lemma not in words.document_nouns | _SIGNS:
        return None
    # "released a letter Trump wrote to Kim saying": who wrote it, not who released it.
    writer = _writer(noun)
    if writer is not None:
        return _phrase(writer)
    if noun.dep_ == "dobj":
        issuers = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if issuers:
            return _phrase(issuers[0])
    return _phrase(noun)


_AUTHORING = frozenset("write sign send pen draft issue publish post".split())
"""Verbs of putting words in writing: "a letter Trump wrote", "a note she sent"."""


def _writer(document: Token) -> Token | None:
    """Who a clause on a document says wrote it: "Trump" of "a letter Trump wrote to Kim"."""
    return next(
        (
            subject
            for clause in document.children
            if clause.dep_ == "relcl" and clause.lemma_.lower() in _AUTHORING
            for subject in clause.children
            if subject.dep_ == "nsubj" and subject.pos_ == "PROPN"
        ),
        None,
    )


def _one_of_them(root: Token) -> bool:
    """ "one of the players", "some of the parents": a speaker picked from a group."""
    return root.lower_ in {"one", "some", "many", "several", "most", "two", "three"} and any(
        prep.lower_ == "of" and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in prep.children)
        for prep in root.children
    )


def _unknown_name(token: Token) -> list[Token]:
    """The words of a subject the cast does not know when they read as a person's first
    name and surname: two or three capitalised words, none a body's ("Vincent Cable", not
    "Goldman Sachs Group") nor a place or nationality; else none."""
    words = [c for c in token.lefts if c.dep_ == "compound"] + [token]
    person = (
        2 <= len(words) <= 3
        and all(w.is_title and w.pos_ == "PROPN" for w in words)
        and not any(w.lower_ in words_of(token).organization_words for w in words)
        and not any(w.ent_type_ in {"GPE", "NORP", "LOC", "FAC"} for w in words)
    )
    return words if person else []


def _holder(noun: Token) -> Token:
    """The noun a participle belongs to where the parser hung it on the noun after: on
    "spokesperson", not "the camp", in "a spokesperson for the camp describing"."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "to":
        # "sent a text message to supporters saying": the message says it, not its readers.
        sent = [c for c in noun.head.head.children if c.dep_ == "dobj"]
        return sent[0] if sent else noun
    return noun


def _after_quote(verb: Token) -> bool:
    """Whether the verb comes right after a closing quote mark ('"...," asked the boy')."""
    index = verb.i - 1
    while index >= 0 and verb.doc[index].text in {",", "?", "!"}:
        index -= 1
    return index >= 0 and verb.doc[index].text in {"”", '"', "''", "’"}


def _as_saying(verb: Token) -> bool:
    """ "was reported as saying", "was quoted as saying": the passive subject speaks."""
    return any(
        child.lower_ == "as" and any(is_cue(grandchild) for grandchild in child.children)
        for child in verb.children
    )


def _phrase(head: Token) -> SpacySpan:
    """The head's noun phrase, cut before a relative clause or a long appositive."""
    tokens = in_order(head)
    end = head.i + 1
    for token in tokens:
        joined = token.text in {"-", "–"} and not token.doc[token.i - 1].whitespace_
        if token.i > head.i and token.dep_ in {"relcl", "acl", "punct", "appos", "cc"}:
            if not joined:  # "the 11- to 12-year-old team": a hyphen joins, not ends
                break
        if token.i > head.i and token.tag_ in {"WP", "WDT"} and token.head.dep_ == "relcl":
            break  # "Fans who said ...": the fans
        if token.i > head.i and token.head.i == head.i and _when(token):
            break  # "The department's auditor on Thursday criticised": when, not who
        if token.i >= head.i:
            end = token.i + 1
    start = min(t.i for t in tokens)
    doc = head.doc
    joined = start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_
    if joined and not doc[start - 1].whitespace_:
        # "co-sponsor" parsed as two words: the phrase holds what the first word heads.
        start = min(t.i for t in doc[start - 2].subtree)
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


def _when(token: Token) -> bool:
    """Whether the words `token` heads tell when: "on Thursday", "last week"."""
    if token.dep_ == "npadvmod":
        return token.ent_type_ in {"DATE", "TIME"}
    return token.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in token.children
    )


def _name_run(tokens: list[Token]) -> list[Token]:
    """Capitalised words in a row that may be a name ("Peter DeBoer", "DeBoer")."""
    run: list[Token] = []
    for token in tokens:
        if token.text[:1].isupper() and (token.pos_ == "PROPN" or token.is_title):
            if token.lower_ in words_of(token).personal_pronouns or token.lower_ in {
                "it",
                "the",
                "a",
            }:
                break
            run.append(token)
        elif token.text in {".", "-"} and run:
            continue
        else:
            break
    return run


def adjacent_name(cue: Token, after: bool = True) -> SpacySpan | None:
    """The name written right next to a verb of saying: "DeBoer said", "said Vickers".

    A fallback for sentences the parser gets wrong around quote marks; the name after
    the verb only with `after` (when the parser found no subject at all).
    """
    if cue.lower_ == "according":
        return None
    doc = cue.doc
    before: list[Token] = []
    index = cue.i - 1
    while index >= 0 and doc[index].lower_ in _SKIPPED_BEFORE_CUE:
        index -= 1
    if index > 0 and doc[index].text == ")":
        # "Sen. Elizabeth Warren (D-MA) said": step over the party and state.
        opening = next(
            (b for b in range(index - 1, max(index - 8, -1), -1) if doc[b].text == "("), None
        )
        if opening is not None:
            index = opening - 1
    if index > 0 and doc[index].text == ",":
        # "Pierre Gignac, the bank's risk officer, said": step over the appositive.
        for back in range(index - 1, max(index - 15, 0), -1):
            if doc[back].text == "," or doc[back].is_sent_start:
                if doc[back].text == ",":
                    index = back - 1
                break
    while index >= 0 and not doc[index].is_sent_start:
        token = doc[index]
        if not (token.text[:1].isupper() and (token.pos_ == "PROPN" or token.is_title)):
            break
        before.insert(0, token)
        index -= 1
    if index >= 0 and doc[index].is_sent_start and doc[index].text[:1].isupper():
        if doc[index].pos_ == "PROPN":
            before.insert(0, doc[index])
    before = _name_run(before) if before and len(before) == len(_name_run(before)) else []
    if before:
        return doc[before[0].i : before[-1].i + 1]
    # Whom one "told" is the listener: nobody writes '"...," told Fox News' for the speaker.
    after = after and cue.lemma_.lower() != "tell"
    window = list(doc[cue.i + 1 : cue.i + _AFTER_CUE]) if after else []
    while window and window[0].pos_ in {"DET", "ADJ", "NOUN"} and window[0].text.islower():
        window.pop(0)  # "said former tech executive Carly Fiorina"
    following = _owned_name(window) or _name_run(window)
    if following:
        return doc[following[0].i : following[-1].i + 1]
    return None


_AFTER_CUE = 10
"""Words after a verb of saying read for the name of who speaks: "said former tech executive
Carly Fiorina", "added Ernst and Young's Sanjay Mehta"."""


def _titled_name(window: list[Token], subject: Token) -> list[Token]:
    """The person a run of capitalised words ends on, where the parser took a word of the
    title before the name for the subject: "(said) Treasury Under Secretary John Taylor"."""
    run = _name_run(window)
    person: list[Token] = []
    for token in reversed(run):
        if token.ent_type_ != "PERSON":
            break
        person.insert(0, token)
    return person if person and subject not in person and subject in run else []


def _owned_name(window: list[Token]) -> list[Token]:
    """The person named after an owner's "'s" the words open on: "(added) Ernst and Young's
    Sanjay Mehta", "(said) Kelby Bank's chief analyst Ann Lane"; none where no owner comes
    first, or no person after it."""
    at = next((k for k, t in enumerate(window) if t.text in {"'s", "’s"}), 0)
    owner = window[:at]
    if not owner or not all(t.text[:1].isupper() or t.lower_ in {"and", "&"} for t in owner):
        return []
    rest = window[at + 1 :]
    while rest and rest[0].pos_ in {"ADJ", "NOUN"} and rest[0].text.islower():
        rest.pop(0)  # "principal analyst"
    run = _name_run(rest)
    return run if any(t.ent_type_ == "PERSON" for t in run) else []


class SpeakerResolver:
    """Resolves speaker mentions against the cast, remembering who was last in focus.

    A pronoun speaker ("he said") is the person most recently named as the subject of a
    sentence or as a speaker, the way a reader follows it, skipping people the article
    shows to be of the other gender ("Mr.", "spokeswoman", "she" after their name); a
    person merely mentioned ("after the death of X") does not take the focus unless
    nobody has been a subject yet.
    """

    def __init__(self, cast: Cast, doc: Doc, quoted: tuple[Span, ...] = ()) -> None:
        """`quoted`: the stretches in quote marks, whose names are speech, not narrative."""
        self._cast = cast
        self._doc = doc
        self._words = words_of(doc)
        self._subjects: list[tuple[int, str]] = []
        self._mentions: list[tuple[int, str]] = []
        self._groups: dict[int, set[str]] = {}
        starts = sorted(q.start for q in quoted)
        ends = {q.start: q.end for q in quoted}

        def narrative(position: int) -> bool:
            index = bisect.bisect_right(starts, position)
            return not index or ends[starts[index - 1]] <= position

        named = [
            (ent.start_char, self._cast.organization(ent.text) or ent.text, _in_focus(ent))
            for ent in doc.ents
            if ent.label_ == "ORG"
            and self._cast.person(ent.text, ent.start_char) is None
            and narrative(ent.start_char)
            and ent.text[:1].isupper()
        ]
        found = {start for start, _, _ in named}
        for entity in cast.entities():
            if entity.kind.value != "organization" or cast.person(entity.name) is not None:
                continue
            for mention in entity.mentions:
                # Its letters ("EDC declined"), where the recogniser missed them.
                span = doc.char_span(mention.start, mention.end)
                if (
                    span is not None
                    and mention.start not in found
                    and narrative(mention.start)
                    and mention.text[:1].isupper()
                ):
                    named.append((mention.start, entity.name, _in_focus(span)))
        self._organizations = sorted((start, name) for start, name, focus in named if focus)
        self._named_organizations = sorted((start, name) for start, name, _ in named)
        cues = [token for token in doc if is_cue(token) and narrative(token.idx)]
        for token in cues:
            self._add_missed_speaker(token)
        for token in doc:
            if narrative(token.idx):
                self._add_described_person(token)
        for entity in cast.entities():
            if entity.kind.value == "person":
                self._mentions.extend(
                    (m.start, entity.name) for m in entity.mentions if narrative(m.start)
                )
        self._mentions.sort()
        for token in doc:
            if (
                token.dep_ in {"nsubj", "nsubjpass"}
                and token.pos_ == "PROPN"
                and narrative(token.idx)
                # The subject of an aside ("the group, of which Mr Opik is a co-chairman")
                # or of a clause told of ("Kenyon played down reports that Robben will
                # return") does not take the focus from the sentence's own subject.
                and not _in_aside(token)
                and not self._told_of(token)
            ):
                name = self._name(_phrase(token))
                words = _unknown_name(token) if name is None else []
                if words:
                    # "Vincent Cable, for the Liberal Democrats, accused ..." tagged as a
                    # body: a person when "he" or "she" goes on the next sentence; else
                    # whoever "he" is next, it is not the person named before him.
                    following = token.sent.end
                    while following < len(doc) and doc[following].is_space:
                        following += 1
                    if following < len(doc) and doc[following].lower_ in {"he", "she"}:
                        self._add_person(words[0], token)
                        name = self._name(doc[words[0].i : token.i + 1])
                    if name is None:
                        self._subjects.append((token.idx, _AMBIGUOUS))
                if name:
                    self._subjects.append((token.idx, name))
                    together = {name} | {
                        other_name
                        for other in token.children
                        if other.dep_ == "conj" and other.pos_ == "PROPN"
                        for other_name in [self._name(_phrase(other))]
                        if other_name
                    }
                    if len(together) > 1:
                        # "Novak and Berg met": a later "he" could be either of them.
                        self._subjects.append((token.idx + 1, _AMBIGUOUS))
                        self._groups[token.idx + 1] = together
            elif narrative(token.idx) and (held := self._held_by_role(token)) is not None:
                # "The Tory leader was asked ... He replies": a subject that names by role
                # the one person who holds it takes the focus as their name would.
                self._subjects.append((token.idx, held))
        described_genders: dict[str, str] = {}
        for token in cues:
            subject = cue_subject(token)
            if subject is not None and _joint(subject.root):
                continue
            if token.dep_ == "ccomp" and is_cue(token.head):
                continue  # "said Peters would continue as producer": reported, not saying
            if subject is not None and self._told_of(subject.root):
                continue  # "Campbell e-mailed McFadyen pointing out ...": Campbell points
            name = self._cue_person(token)
            noun = _gendered_noun(subject, token) if subject is not None else None
            if name:
                self._subjects.append((token.idx, name))
            elif subject is not None and noun is not None:
                # "A BBC spokeswoman said ... She said": the description is who "she" is.
                described = token.doc[subject.start : noun.i + 1].text.strip()
                self._subjects.append((token.idx, described))
                described_genders[described] = _gender_of_noun(self._words)[noun.lemma_.lower()]
        self._subjects.sort()
        self._genders = self._find_genders(cast, narrative) | described_genders
        self._narrative = narrative

    def _held_by_role(self, subject: Token) -> str | None:
        """The one person who holds the role a subject like "The Tory leader" names."""
        if (
            subject.dep_ not in {"nsubj", "nsubjpass"}
            or subject.pos_ != "NOUN"
            or subject.tag_ != "NN"
            or not any(c.lower_ == "the" for c in subject.children)
            or _in_aside(subject)
        ):
            return None
        return self._cast.person_by_role(_phrase(subject).text, subject.lower_)

    def _told_of(self, subject: Token) -> bool:
        """Whether the subject stands in a clause told of ("reports that ...", "denied X
        would ...") in a sentence whose own subject, named before it, is a person or what
        a person owns: also a clause inside one told of ("Milburn explained the slogan was
        the reaction to polling which suggests ... while Michael Howard would take the
        country backwards")."""
        clause = subject.head
        while clause.dep_ not in {"acl", "ccomp"}:
            if clause.dep_ == "ROOT" or clause.head == clause:
                return False  # "... when Jones scored his first goal": Jones is in the story
            clause = clause.head
        root = subject.sent.root
        # "Mr Campbell's e-mail suggested they get Beattie to issue ...": told of, too.
        return any(
            child.dep_ == "nsubj"
            and child.i < subject.i
            and any(
                self._named_person(_phrase(who))
                for who in (child, *(c for c in child.children if c.dep_ == "poss"))
            )
            for child in root.children
        )

    def _cue_person(self, cue: Token) -> str | None:
        """The person a verb of saying names (not by pronoun), for the focus memory."""
        subject = cue_subject(cue)
        if subject is not None and self._pronoun(subject) is None:
            name = self._named_person(subject)
            if name:
                return name
            if subject.root.lemma_.lower() in self._words.document_nouns:
                name = self._source_of_document(subject.root)
                if name and name in self._cast.people():
                    return name
        if subject is not None and self._pronoun(subject):
            return None
        run = adjacent_name(cue, after=subject is None)
        return self._name(run) if run is not None else None

    def _add_missed_speaker(self, cue: Token) -> None:
        """A speaker the recogniser did not tag as a person joins the cast."""
        if cue.lemma_.lower() not in self._words.strong_speech_verbs and cue.lower_ != "according":
            return
        subject = cue_subject(cue)
        if subject is not None and subject.root.pos_ == "PROPN":
            if self._name(subject):
                return
            if any(t.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} for t in subject):
                return
            if subject.root.lower_ in self._words.organization_words:
                return  # "The Making Decisions Alliance said", whatever the recogniser took it for
            names = [t for t in subject if t.pos_ == "PROPN" and t.i <= subject.root.i]
            tail: list[Token] = []
            for token in reversed(names):
                if tail and token.i != tail[-1].i - 1:
                    break
                tail.append(token)
            tail.reverse()
            if 1 <= len(tail) <= 3:
                self._add_person(tail[0], tail[-1])
            return
        if subject is None or subject.root.pos_ == "NOUN":
            run = adjacent_name(cue, after=subject is None)
            if run is not None and 2 <= len(run) <= 3 and not self._name(run):
                if not any(t.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} for t in run):
                    self._add_person(run[0], run[-1])

    def _add_described_person(self, token: Token) -> None:
        """ "Surti, a resident of Anyer, runs a shop": a name the recogniser missed,
        told to be a person by a noun in apposition."""
        if (
            token.pos_ != "PROPN"
            or token.dep_ not in {"nsubj", "nsubjpass"}
            or token.ent_type_ not in {"", "PERSON"}
            or not any(
                c.dep_ == "appos" and c.lemma_.lower() in self._words.person_nouns
                for c in token.children
            )
        ):
            return
        run = _name_run([*(c for c in token.lefts if c.dep_ == "compound"), token])
        if run and run[-1].i == token.i and not self._name(token.doc[run[0].i : token.i + 1]):
            self._add_person(run[0], token)

    def _add_person(self, first: Token, last: Token) -> None:
        text = text_of(first.doc)
        start, end = first.idx, last.idx + len(last.text)
        self._cast.add_person(text[start:end], Span(start, end, text[start:end]))

    def _find_genders(self, cast: Cast, narrative: Callable[[int], bool]) -> dict[str, str]:
        """ "m" or "f" for the people the article shows to be a man or a woman.

        The evidence: a title (Mr., Ms.), a role word (spokeswoman, father), and the
        pronoun that next stands as a subject after the person was the subject
        ("Closs was found on Thursday. She had ..."), with nobody else named between.
        """
        votes: dict[str, list[str]] = {}
        doc = self._doc
        mentions = sorted(
            (m.start, m.end, e.name)
            for e in cast.entities()
            if e.kind.value == "person"
            for m in e.mentions
        )
        for index, (start, end, name) in enumerate(mentions):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            for titled in _titles(doc[max(span.start - 1, 0) : span.start + 1]):
                votes.setdefault(name, []).extend(titled * 2)
            if span.root.dep_ not in {"nsubj", "nsubjpass"} or not narrative(start):
                continue
            limit = mentions[index + 1][0] if index + 1 < len(mentions) else len(text_of(doc))
            pronoun = self._pronoun_after(span, limit, narrative)
            if pronoun:
                votes.setdefault(name, []).append(pronoun)
        for entity in cast.entities():
            role = set((entity.role or "").lower().replace("-", " ").split())
            if role & self._words.male_words:
                votes.setdefault(entity.name, []).extend("mm")
            if role & self._words.female_words:
                votes.setdefault(entity.name, []).extend("ff")
        genders = {}
        for name, said in votes.items():
            male, female = said.count("m"), said.count("f")
            if male != female:
                genders[name] = "m" if male > female else "f"
        return genders

    def _pronoun_after(
        self, mention: SpacySpan, limit: int, narrative: Callable[[int], bool]
    ) -> str | None:
        """The gender of the first he/his/she/her in the clause the person is the subject of
        ("Closs was forced to hide beneath her kidnapper's bed", "Closs said she knew"), or
        of the pronoun opening the next sentence ("He", "Her") when they were the main
        subject.
        """
        verb = mention.root.head
        for token in verb.subtree:
            if token.i < mention.end or token.idx >= limit or not narrative(token.idx):
                continue
            if token.ent_type_ == "PERSON":
                break
            if token.lower_ in _MALE_PRONOUNS:
                return "m"
            if token.lower_ in _FEMALE_PRONOUNS:
                return "f"
        if verb.dep_ != "ROOT":
            return None
        following = verb.sent.end
        if following < len(self._doc) and self._doc[following].idx < limit:
            first = self._doc[following].lower_
            if first in {"he", "his"}:
                return "m"
            if first in {"she", "her"}:
                return "f"
        return None

    def same_gender(self, pronoun: str, name: str) -> bool:
        """Whether `pronoun` ("he", "she") stands for someone of the gender the article shows
        `name` to be."""
        gender = _PRONOUN_GENDERS.get(pronoun.lower())
        return gender is not None and self._genders.get(self._cast.person(name) or name) == gender

    def last_person_before(self, position: int, gender: str | None = None) -> str | None:
        """The person a pronoun at `position` stands for: the last in focus, a subject
        first, then anyone named."""
        for memory in (self._subjects, self._mentions):
            index = bisect.bisect_left(memory, (position, ""))
            while index:
                index -= 1
                where, name = memory[index]
                if position - where > _FOCUS_REACH:
                    break
                if name == _AMBIGUOUS:
                    fitting = [
                        n
                        for n in self._groups.get(where, set())
                        if gender is not None and self._genders.get(n) == gender
                    ]
                    return fitting[0] if len(fitting) == 1 else None
                if gender is None or self._genders.get(name, gender) == gender:
                    return name
        return None

    def references(self, people: set[str]) -> tuple[Reference, ...]:
        """Each "He", "She", "His" or "Her" opening a sentence of the narrative, or "he" or
        "she" as the subject of its main verb after an opening ("In May he announced"),
        with the person of `people` it stands for, as a reader follows it: "He was third in
        2002" after a sentence about Haile Gebrselassie. Only where the sentence before
        names that person, and no one else it could be, and the sentence names no one
        before the pronoun ("When Mr Cole arrived, he said")."""
        found = []
        for sentence in self._doc.sents:
            first = self._subject_pronoun(sentence)
            if first is None or not self._narrative(first.idx):
                continue
            if self.people_named(sentence.start_char, first.idx):
                continue
            gender = "m" if first.lower_ in _MALE_PRONOUNS else "f"
            mention = self._doc[first.i : first.i + 1]
            name = self._named_just_before(mention, gender) or self.last_person_before(
                first.idx, gender
            )
            if name not in people or not sentence.start:
                continue
            # Only one the sentence before names: none else there it could be.
            before = self._doc[sentence.start - 1].sent
            named = self.people_named(before.start_char, before.end_char)
            others = {n for n in named - {name} if self._genders.get(n, gender) == gender}
            # Nor where someone unnamed is the subject there ("the prime minister
            # shrugged off claims from Michael Howard ... He said").
            subject = [t for t in before.root.children if t.dep_ in {"nsubj", "nsubjpass"}]
            described = any(t.pos_ == "NOUN" for t in subject)
            written = self._written(name, before) if name in named else None
            if written is None or others or described or self._genders.get(name) != gender:
                continue
            # Not "Mrs Howard", taken for Michael Howard, before "She".
            if any(titled != gender for titled in _titles(written)):
                continue
            pronoun = Span(first.idx, first.idx + len(first), first.text)
            antecedent = Span(written.start_char, written.end_char, written.text)
            found.append(Reference(pronoun, name, antecedent))
        return tuple(found)

    def _subject_pronoun(self, sentence: SpacySpan) -> Token | None:
        """The "He", "She", "His" or "Her" opening the sentence, or the "he" or "she" that
        is the subject of its main verb."""
        first = next((t for t in sentence if not t.is_space), None)
        if first is not None and first.text in _OPENING_PRONOUNS:
            return first
        return next(
            (
                t
                for t in sentence.root.children
                if t.dep_ in {"nsubj", "nsubjpass"} and t.text in {"he", "she"}
            ),
            None,
        )

    def _written(self, name: str, sentence: SpacySpan) -> SpacySpan | None:
        """The person's name as the sentence last writes it, with the title before it
        ("Mr Pearson"), or None when it does not name them."""
        spans = [
            mention
            for entity in self._cast.entities()
            if entity.name == name
            for mention in entity.mentions
            if sentence.start_char <= mention.start < sentence.end_char
        ]
        if not spans:
            return None
        words = self._doc.char_span(spans[-1].start, spans[-1].end, alignment_mode="expand")
        if words is None:
            return None
        if words.start and self._doc[words.start - 1].lower_.rstrip(".") in self._words.name_titles:
            return self._doc[words.start - 1 : words.end]
        return words

    def dash_attribution(self, end: int, paragraph: Span) -> tuple[str, Span] | None:
        """ "“We will rebuild.” — Governor Ana Ruiz": the name after a dash ends the quote."""
        text = text_of(self._doc)
        match = _DASH.match(text, end, paragraph.end)
        if match is None:
            return None
        tokens = self._doc.char_span(match.end(), paragraph.end, alignment_mode="expand")
        if tokens is None:
            return None
        run = _name_run([t for t in tokens[:6] if t.lower_ not in self._words.name_titles])
        if not run:
            return None
        first, last = run[0], run[-1]
        names = self._doc[first.i : last.i + 1]
        name = self._name(names)
        if name is None:
            if len(names) < 2:
                return None
            name = self._cast.add_person(
                names.text, Span(names.start_char, names.end_char, names.text)
            )
            if name is None:
                return None
        return name, Span(names.start_char, names.end_char, names.text)

    def people_named(self, start: int, end: int) -> set[str]:
        """The people named (outside quotes) between two offsets."""
        index = bisect.bisect_left(self._mentions, (start, ""))
        out = set()
        while index < len(self._mentions) and self._mentions[index][0] < end:
            out.add(self._mentions[index][1])
            index += 1
        return out

    def person(self, mention: SpacySpan) -> str | None:
        """The person of the cast these words name, however the parser tagged them."""
        return self._cast.person(mention.text, mention.start_char)

    def _name(self, mention: SpacySpan) -> str | None:
        root = mention.root
        if root.ent_type_ == "PERSON":
            # The person whose name holds the head, even when the parser split the name
            # across phrases ("Nick Van den Berg" with "den" taken for a verb).
            ent = entity_of(root)
            name = self._cast.person(ent.text, ent.start_char) if ent is not None else None
            if name:
                return name
        for ent in entities_in(mention):
            # "Trump campaign spokeswoman Hope Hicks", "Powell's office": only the name
            # the phrase is about, the one holding its head word.
            # "Tory frontbencher Andrew Tyrie MP": the letters after the name are the head.
            ends_on = ent.end == root.i and root.text in self._words.post_nominals
            if ent.label_ == "PERSON" and (
                ent.start <= root.i < ent.end or len(mention) == 1 or ends_on
            ):
                name = self._cast.person(ent.text, ent.start_char)
                if name:
                    return name
        propns = [t for t in mention if t.pos_ == "PROPN" or (t.is_title and t.i > mention.start)]
        if propns and propns[-1] == mention.root or len(propns) == len(mention):
            name = self._cast.person(" ".join(t.text for t in propns), mention.start_char)
            if name:
                start, end = propns[0].idx, propns[-1].idx + len(propns[-1].text)
                self._cast.add_mention(name, Span(start, end, text_of(mention.doc)[start:end]))
            return name
        return None

    def _named_person(self, mention: SpacySpan) -> str | None:
        """A person named in the mention itself or in its appositive ("a Democrat, Jon Tester";
        "Director, David Caldwell", where the office alone, capitalised, is no name)."""
        root = mention.root
        office = root.lower_ in self._words.role_titles and any(
            c.dep_ == "appos" for c in root.children
        )
        name = None if office else self._name(mention)
        if name:
            return name
        for child in root.children:
            if child.dep_ == "appos":
                name = self._name(_phrase(child))
                if name:
                    return name
        if root.dep_ == "appos" and root.head.pos_ == "PROPN":
            return self._name(_phrase(root.head))
        return None

    def _pronoun(self, mention: SpacySpan) -> str | None:
        if len(mention) == 1 and mention[0].lower_ in self._words.personal_pronouns:
            return mention[0].lower_
        return None

    def speaker_of(self, cue: Token) -> tuple[str | None, Span | None]:
        """Who speaks through `cue`, and where the article names them for it."""
        subject = cue_subject(cue)
        if subject is not None and not self._narrative(subject.start_char):
            subject = None  # the parser took a word of the quote for the speaker
        mention = None
        if subject is not None:
            mention = Span(subject.start_char, subject.end_char, subject.text)
            if self._pronoun(subject) or self._named_person(subject):
                return self.resolve(subject), mention
        # "... games that have educational elements said Mr Owen.": the parser's subject,
        # which cannot speak, is the words'; the name that ends the sentence says them.
        mute = subject is not None and not can_speak(subject.root) and subject.end <= cue.i
        run = adjacent_name(cue, after=subject is None or mute)
        if mute and run is not None and run.start > cue.i and not _ends_clause(run):
            run = None  # "Police said Mr Knight was stopped": he is what they said
        if run is not None and not _within_phrase(run, subject):
            name = self._name(run)
            if name:
                return name, Span(run.start_char, run.end_char, run.text)
        if subject is not None:
            return self.resolve(subject), mention
        return None, None

    def resolve(self, mention: SpacySpan) -> str | None:
        """A canonical name, an organisation or a short description; None when unclear."""
        text = mention.text.strip()
        pronoun = self._pronoun(mention)
        if pronoun:
            gender = _PRONOUN_GENDERS.get(pronoun)
            if gender is None:
                return None
            return self._named_just_before(mention, gender) or self.last_person_before(
                mention.start_char, gender
            )
        if len(mention) == 1 and mention[0].lower_ == "it":
            report = self._document_before(mention)
            if report is not None:
                # "A recent report from Continental Research reflects ... It said ...": the
                # report speaks, for whoever made it.
                return self._source_of_document(report.root) or _phrase(report.root).text
            return self._last_organization_before(mention.start_char)
        if _describes_organization(mention):
            return _named_beside(mention) or self._described_organization(mention)
        root = mention.root
        if root.pos_ == "NOUN" and root.lemma_.lower() in self._words.organization_nouns:
            # "Web tracking company Envisional said": the name right after the description.
            beside = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
            if beside is not None and beside.dep_ == "appos" and beside.head == root:
                body = _named_beside(mention)
                if body:
                    return self._cast.organization(body) or body
        name = self._named_person(mention)
        if name:
            return name
        lemma = root.lemma_.lower()
        if lemma in self._words.document_nouns:
            # "a statement released by the office"; with no source named, "A statement
            # said" speaks for the organisation the sentence before was about, and so does
            # "the report", which it told of. Not "an official report says" or "reports
            # say", in a story on a bank: a report is most often another's.
            source = self._source_of_document(root)
            told_of = mention[0].lower_ in _TOLD_OF
            one = root.tag_ not in {"NNS", "NNPS"}  # "the messages warn": whose?
            if source is None and one and (lemma in self._words.issued_nouns or told_of):
                source = _last_before(self._organizations, mention.start_char, _NEAR)
            if source:
                return source
        # "the inspector general": a description in lower case, whose last word the tagger
        # may take for an adjective or a name.
        noun = root.pos_ == "NOUN" or root.pos_ in {"ADJ", "PROPN"} and text.islower()
        # "co-chairman", split by the parser: the head is the whole word.
        last = re.findall(r"[a-z][a-z-]*", text.lower())[-1:]
        head = last[0] if last and root.lower_ in last[0].split("-") else root.lower_
        by_role = self._cast.person_by_role(text, head) if noun else None
        if by_role:
            return by_role
        if _describes_person_in_focus(mention):
            described = self._person_in_focus(mention)
            if described:
                return described
        for ent in entities_in(mention):
            # A name, not a description the recogniser took for one ("the rookie").
            named = any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in ent)
            if ent.label_ in {"ORG", "GPE"} and ent.start <= root.i < ent.end and named:
                body = _named_body(ent)
                return body if body != ent.text else self._cast.organization(body) or body
        missed = self._missed_person(mention)
        if missed:
            return missed
        if len(mention) == 1 and root.is_title and root.i != root.sent.start:
            # "Sessions said", the tagger taking the surname for a plural noun: the person
            # the article named in full. Not a word a sentence opens on ("Banks say").
            known = self._cast.person(text, mention.start_char)
            if known:
                return known
        known = self._cast.organization(text)
        if known:
            return known  # "EDC says", the recogniser taking the letters for a person
        a_description = root.pos_ in {"NOUN", "PROPN"} or _one_of_them(root)
        if a_description and len(text.split()) <= _MAX_DESCRIPTION_WORDS:
            return text
        return None

    def _document_before(self, mention: SpacySpan) -> SpacySpan | None:
        """The subject of the sentence before one opening on `mention`, where it is a
        document ("a recent report from ..."), which "It" then stands for."""
        sentence = mention.sent
        if mention.start != sentence.start or not sentence.start:
            return None
        before = self._doc[sentence.start - 1].sent
        subjects = [t for t in before.root.children if t.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects or subjects[0].lemma_.lower() not in self._words.document_nouns:
            return None
        return _phrase(subjects[0])

    def _named_just_before(self, mention: SpacySpan, gender: str) -> str | None:
        """ "The claims were made in a book by Philippe Sands. He also says ...": when no
        one is the subject of the sentence before, "he" opening the next sentence is the
        one person whose thing is its subject ("Mr Dunmore's e-mail suggested ..."), or the
        one it names as the doer ("by Philippe Sands"), or else the one person it names,
        not counting other owners ("a member of Cherie Blair's chambers")."""
        sentence = mention.sent
        if mention.start != sentence.start or not sentence.start:
            return None
        before = self._doc[sentence.start - 1].sent
        start, end = before.start_char, before.end_char
        # Both lists are in the order of the text: only the stretch of the sentence before.
        first = bisect.bisect_left(self._subjects, (start, ""))
        if first < len(self._subjects) and self._subjects[first][0] < end:
            return None
        named: set[str] = set()
        doers: set[str] = set()
        owners: set[str] = set()
        first = bisect.bisect_left(self._mentions, (start, ""))
        last = bisect.bisect_left(self._mentions, (end, ""))
        for where, name in self._mentions[first:last]:
            if self._genders.get(name, gender) != gender:
                continue
            words = self._doc.char_span(where, where + 1, alignment_mode="expand")
            head = words[0] if words is not None else None
            while head is not None and head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            if head is None:
                continue
            if head.dep_ == "poss":
                if head.head.dep_ in {"nsubj", "nsubjpass"} and head.head.head == before.root:
                    owners.add(name)  # "Mr Dunmore's e-mail suggested ...": his doing
                continue
            named.add(name)
            if head.dep_ == "pobj" and head.head.dep_ == "agent":
                doers.add(name)
        for found in (owners, doers, named):
            if found:
                return found.pop() if len(found) == 1 else None
        return None

    def _person_in_focus(self, mention: SpacySpan) -> str | None:
        """ "said the rookie defenceman": the person last the subject, close before, whose
        gender (where the article shows it) fits the noun's."""
        index = bisect.bisect_left(self._subjects, (mention.start_char, ""))
        if not index:
            return None
        where, name = self._subjects[index - 1]
        gender = _gender_of_noun(self._words).get(mention.root.lemma_.lower())
        if name == _AMBIGUOUS or mention.start_char - where > _NEAR:
            return None
        if gender is not None and self._genders.get(name, gender) != gender:
            return None
        if self._someone_new(where, mention.start_char):
            return None  # "a young child asked ..., the boy said": not the one in focus
        return name

    def _someone_new(self, start: int, end: int) -> bool:
        """Whether someone unnamed comes into the story between two offsets: "a young
        child", "another voter"."""
        span = self._doc.char_span(start, end, alignment_mode="contract")
        return span is not None and any(
            token.pos_ == "NOUN"
            and token.lemma_.lower() in _newcomers(self._words)
            and any(c.lower_ in {"a", "an", "another"} for c in token.children)
            for token in span
        )

    def _described_organization(self, mention: SpacySpan) -> str | None:
        """ "the commission said": the organisation with "Commission" in its name that was
        last in focus, or else the first the article named (the story's commission, not
        one named in passing later); "the firm claims": the organisation last in focus, or
        else the last one named. A "commission" the article never names stays as it is."""
        noun = mention.root.lemma_.lower()

        def called(name: str) -> bool:
            return noun in name.lower().split()

        position = mention.start_char
        in_focus = _last_before([o for o in self._organizations if called(o[1])], position)
        named = [n for w, n in self._named_organizations if w < position and called(n)]
        if in_focus or named:
            return in_focus or named[0]
        if noun not in self._words.generic_organization_nouns:
            # "the department" for a ministry whose name does not say so (Immigration,
            # Refugees and Citizenship Canada): the body the sentence before was about.
            return _last_before(self._organizations, position, _NEAR) or mention.text.strip()
        # "The company says": a firm, not the regulator that fined it.
        firms = [o for o in self._organizations if self._a_firm(o[1])]
        named_firms = [o for o in self._named_organizations if self._a_firm(o[1])]
        return (
            _last_before(firms, position)
            or _last_before(named_firms, position)
            or mention.text.strip()
        )

    def _a_firm(self, name: str) -> bool:
        """Whether the name may be a firm's: not a public body's ("Securities and Exchange
        Commission", "Ministry of Communications")."""
        words = name.lower().split()
        return not (set(words[-1:]) | set(words[:1])) & self._words.public_body_words

    def _last_organization_before(self, position: int) -> str | None:
        """ "It said in a statement": the organisation last the subject, not far back."""
        return _last_before(self._organizations, position)

    def _missed_person(self, mention: SpacySpan) -> str | None:
        """ "Governor Ana Ruiz" the recogniser did not tag: a name, with rank words as role."""
        root = mention.root
        if root.pos_ != "PROPN" or root.lower_ in self._words.organization_words:
            return None
        if any(t.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} for t in mention):
            return None
        run = [t for t in mention if t.i <= root.i]
        while run and not (run[0].pos_ == "PROPN" and run[0].is_title):
            run.pop(0)
        if not 2 <= len(run) <= 4 or not all(t.is_title or t.text in {".", "-"} for t in run):
            return None
        text = text_of(self._doc)
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        return self._cast.add_person(text[start:end], Span(start, end, text[start:end]))

    def _source_of_document(self, root: Token) -> str | None:
        """ "a statement released by the Prime Minister's Office" → the office; "a Pentagon
        statement" → the Pentagon."""
        named = [c for c in root.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if named and root.pos_ == "NOUN" and root.is_lower:  # not "the Washington Post"
            return self.resolve(root.doc[named[0].left_edge.i : named[-1].i + 1])
        writer = _writer(root)  # "a letter Trump wrote to Kim said"
        if writer is not None:
            return self.resolve(_phrase(writer))
        for token in root.subtree:
            if token.i == root.i:
                continue
            if token.dep_ == "poss" and token.head.i == root.i and token.pos_ == "PROPN":
                if token.lower_ in self._words.weekdays | self._words.months:
                    continue  # "Thursday's report": when, not whose
                return self.resolve(_phrase(token))
            if token.lower_ in {"by", "from"} and token.dep_ in {"agent", "prep"}:
                objects = [c for c in token.children if c.dep_ == "pobj"]
                if objects:
                    return self.resolve(_phrase(objects[0]))
        return None
