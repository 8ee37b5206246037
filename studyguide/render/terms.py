"""The study guide's key terms: the names and words a reader meets in the article and
should know before the quiz, each shown in the sentence where the article first uses it.

Found in the text alone, without a language model, so the guide can be printed from the
bank: abbreviations the article spells out ("Islamic State (ISIL)"), words it puts in
quotation marks ("willful blindness"), and the names of places, events and things it
mentions (the Middle East, the Athens Olympics), which the who's who does not list.
People and organisations are left to the who's who. Plain data: no reportlab here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from studyguide.digest import ArticleText
from studyguide.model import BankArticle

MAX_TERMS = 12
"""The guide lists at most this many terms: the ones a reader needs most."""

MAX_CONTEXT_WORDS = 40
"""A longer sentence is cut to this many words around the term."""

MAX_QUOTED_WORDS = 4
"""Quotation marks around more words than this hold someone's words, not a term."""

_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
"""An abbreviation in parentheses, after the name it stands for: "Islamic State (ISIL)"."""

_QUOTED = re.compile(r"[\"“‘']([^\"“”‘’']{2,60}?)[\"”’'](?![A-Za-z])")

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")

_NOT_A_SENTENCE_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Lt|Col|Sgt|Capt|Rev|Jr|Sr|Inc|Ltd|Co|No|vs|etc)"
    r"|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])\.$"
)
"""Text before a full stop that does not end a sentence: "Mr.", "U.S.", "J."."""
_ABBREVIATION_CHARS = 40
"""The most characters such text runs to."""

_WORD = re.compile(r"[^\W_][\w’'&.-]*")
"""A word, in any alphabet: Łódź, Özdağ."""

_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d)$")
"""The end of "I'm", "we're", "they've": with it gone, the pronoun is left."""

_TITLE_OPENERS = frozenset({"The", "This", "A", "An"})
"""Small words that, capitalised inside a sentence, begin the name of a work or show."""

_POSSESSIVE = re.compile(r"[’']s$")

_TRAILING_NUMBER = re.compile(r" \d{1,2}$")

_JOINERS = frozenset({"of", "the", "for", "de", "du", "del", "la", "le", "von", "van"})
"""Small words that may sit inside a name: Bank of England, Statue of Liberty."""

OPENERS = frozenset(
    {
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "his",
        "her", "they", "their", "we", "our", "you", "your", "i", "in", "on", "at", "as",
        "but", "and", "or", "so", "if", "when", "while", "after", "before", "since", "for",
        "of", "to", "with", "by", "from", "there", "here", "what", "who", "how", "why",
        "where", "which", "some", "many", "most", "all", "no", "not", "yes", "now", "then",
        "also", "however", "yet", "still", "even", "just", "only", "both", "each", "every",
        "such", "meanwhile", "although", "because", "despite", "according", "are", "is",
        "was", "were", "do", "does", "did", "can", "could", "will", "would", "should",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    }
)  # fmt: skip
"""Capitalised words that are never part of a name: words that open sentences, days
and months."""

TITLES = frozenset(
    {
        "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "president", "minister", "prime",
        "secretary", "chancellor", "king", "queen", "prince", "princess", "chief",
        "chairman", "mayor", "governor", "senator", "general", "judge", "professor",
        "councillor", "leader", "director", "executive", "spokesman", "spokeswoman",
    }
)  # fmt: skip
"""Words that stand before a name: a run of these alone names nothing."""

_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "i", "ern")
"""Endings of words for peoples and regions (Syrian, Chinese, British, Arabic, Iraqi,
Western): alone before a lower-case word, they describe rather than name."""


@dataclass(frozen=True, slots=True)
class KeyTerm:
    term: str
    meaning: str | None
    """What an abbreviation stands for, when the article says."""
    context: str
    """The sentence (or part of it) where the article first uses the term."""
    at: int
    """Where the term stands in `context`."""
    paragraph: int | None
    start: int
    """Where the article first uses the term."""


def key_terms(article: BankArticle, text: ArticleText) -> tuple[KeyTerm, ...]:
    """Up to `MAX_TERMS` key terms of the article, in the order the article first uses them."""
    sentences = tuple(_sentences(text))
    known = _known_names(article)
    found: dict[str, KeyTerm] = {}
    # The long forms of abbreviations found are listed with them, not again on their own.
    spelled_out: set[str] = set()

    def add(term: str, meaning: str | None, start: int) -> None:
        folded = term.casefold()
        taken = found.keys() | known | spelled_out
        if folded in taken or len(found) >= MAX_TERMS:
            return
        if meaning:
            spelled_out.add(meaning.casefold())
        paragraph, sentence_start, sentence = _sentence_at(sentences, start)
        context, at = _context(sentence, start - sentence_start)
        found[folded] = KeyTerm(term, meaning, context, at, paragraph, start)

    for term, meaning, start in _abbreviations(sentences):
        add(term, meaning, start)
    for term, start in _quoted_terms(sentences):
        add(term, None, start)
    for term, start in _names(sentences, known):
        add(term, None, start)
    return tuple(sorted(found.values(), key=lambda term: term.start))


# -- sentences ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Sentence:
    paragraph: int | None
    start: int
    text: str


def _sentences(text: ArticleText) -> Iterator[_Sentence]:
    """The sentences of the body paragraphs, the dateline left out."""
    for paragraph in text.paragraphs:
        if paragraph.number is None:
            continue
        skip = paragraph.dateline_end or 0
        body = paragraph.span.text[skip:]
        offset = paragraph.span.start + skip
        position = 0
        for end in _SENTENCE_END.finditer(body):
            # Only the words just before the stop: reading from the paragraph's start at
            # every stop would cost as the square of the paragraph's length.
            if _NOT_A_SENTENCE_END.search(
                body, max(0, end.start() - _ABBREVIATION_CHARS), end.start()
            ):
                continue
            yield _Sentence(paragraph.number, offset + position, body[position : end.start()])
            position = end.end()
        if body[position:].strip():
            yield _Sentence(paragraph.number, offset + position, body[position:].rstrip())


def _sentence_at(sentences: tuple[_Sentence, ...], offset: int) -> tuple[int | None, int, str]:
    for sentence in sentences:
        if sentence.start <= offset < sentence.start + len(sentence.text):
            return sentence.paragraph, sentence.start, sentence.text
    return None, offset, ""


def _context(sentence: str, at: int) -> tuple[str, int]:
    """`sentence`, or, if it is long, the words around `at` with ellipses; and where `at`
    falls in what is returned."""
    words = list(_WORD.finditer(sentence))
    if len(words) <= MAX_CONTEXT_WORDS:
        return sentence, at
    index = next((i for i, word in enumerate(words) if word.end() > at), 0)
    first = max(0, min(index - MAX_CONTEXT_WORDS // 2, len(words) - MAX_CONTEXT_WORDS))
    last = first + MAX_CONTEXT_WORDS - 1
    begin = words[first].start()
    lead = "…" if first > 0 else ""
    cut = sentence[begin : words[last].end()]
    return lead + cut + ("…" if last < len(words) - 1 else ""), at - begin + len(lead)


# -- the three kinds of term -----------------------------------------------------------------


def _abbreviations(sentences: tuple[_Sentence, ...]) -> Iterator[tuple[str, str, int]]:
    """ "Islamic State (ISIL)" gives ("ISIL", "Islamic State"): the capitalised words just
    before the parentheses, else the lower-case words whose initials spell the abbreviation."""
    for sentence in sentences:
        for found in _ABBREVIATION.finditer(sentence.text):
            abbreviation = found.group(1)
            if sum(char.isupper() for char in abbreviation) < 2:
                continue
            words = sentence.text[: found.start()].split()
            name: list[str] = []
            while words and (words[-1][:1].isupper() or words[-1].lower() in _JOINERS):
                name.insert(0, words.pop())
            while name and name[0].lower() in _JOINERS | OPENERS | TITLES:
                name.pop(0)
            if not name:
                name = _spelled_out(sentence.text[: found.start()], abbreviation)
            if name:
                yield abbreviation, " ".join(name), sentence.start + found.start(1)


def _spelled_out(before: str, abbreviation: str) -> list[str]:
    """The lower-case words before an abbreviation whose initials spell it:
    "foreign direct investment (FDI)"."""
    letters = [char.lower() for char in abbreviation if char.isupper()]
    words = [word for word in before.split() if word.lower() not in ("of", "and", "the")]
    chosen = words[-len(letters) :]
    if len(chosen) == len(letters) and all(
        word[:1].lower() == char for word, char in zip(chosen, letters, strict=True)
    ):
        start = before.rfind(chosen[0])
        return before[start:].split()
    return []


def _quoted_terms(sentences: tuple[_Sentence, ...]) -> Iterator[tuple[str, int]]:
    """Short phrases in quotation marks that are not a whole remark: “willful blindness”."""
    for sentence in sentences:
        for found in _QUOTED.finditer(sentence.text):
            phrase = found.group(1).strip()
            words = phrase.split()
            if not 1 <= len(words) <= MAX_QUOTED_WORDS or phrase[-1] in ".,!?;:":
                continue
            if found.start() == 0 or sentence.text[found.start() - 1].isalnum():
                # A quotation opening a sentence is a remark; a mark inside a word, an apostrophe.
                continue
            yield phrase, sentence.start + found.start(1)


def _names(sentences: tuple[_Sentence, ...], known: frozenset[str]) -> Iterator[tuple[str, int]]:
    """Names of places, events and things, most mentioned first: runs of capitalised words
    seen at least once inside a sentence, so that a sentence's first word is not taken for
    a name; people, organisations and their titles left out."""
    mentions: dict[str, list[int]] = {}
    inside: set[str] = set()
    spelling: dict[str, str] = {}
    for sentence in sentences:
        for name, start, initial in _capitalised_runs(sentence.text):
            words = [_CONTRACTION.sub("", part) for part in name.casefold().split()]
            parts = [part for part in words if part not in OPENERS | _JOINERS]
            if not parts or name.casefold() in known or any(part in known for part in parts):
                continue  # "I'm" and "We're" name nothing
            # PlayStation 3 and PlayStation are one term, spelled as the article first does.
            folded = _TRAILING_NUMBER.sub("", name).casefold()
            spelling.setdefault(folded, name)
            mentions.setdefault(folded, []).append(sentence.start + start)
            if not initial:
                inside.add(folded)
    ranked = sorted(
        (folded for folded in mentions if folded in inside),
        key=lambda folded: (-len(mentions[folded]), mentions[folded][0]),
    )
    for folded in ranked:
        yield spelling[folded], mentions[folded][0]


def _capitalised_runs(sentence: str) -> Iterator[tuple[str, int, bool]]:
    """Each run of capitalised words in `sentence`: the name, where it starts, and whether
    it opens the sentence (or a quotation in it)."""
    words = list(_WORD.finditer(sentence))
    index = 0
    while index < len(words):
        run: list[re.Match[str]] = []
        while index < len(words):
            word = words[index].group()
            if run and words[index].start() != run[-1].end() + 1:
                break  # a name's words stand one space apart: "Islamic State (ISIL)"
            if _is_name_word(word) or (run and _is_name_number(word)):
                run.append(words[index])
            elif not run and _opens_title(sentence, words, index):
                run.append(words[index])
            elif run and word.lower() in _JOINERS and _is_name_word(_word_at(words, index + 1)):
                run.append(words[index])
            else:
                break
            index += 1
            if _closes_name(sentence, run):
                break
        if not run:
            index += 1
            continue
        name = _trimmed(sentence[run[0].start() : run[-1].end()])
        if all(part.lower() in TITLES | _JOINERS for part in name.split()):
            continue
        if _is_description(name, _word_at(words, index)):
            continue
        yield name, run[0].start(), _opens_sentence(sentence, run[0].start())


def _opens_title(sentence: str, words: list[re.Match[str]], index: int) -> bool:
    """True for a capitalised small word inside a sentence that starts a name: "The" in
    "a revival of The Glass Menagerie", "This" in "on ITV1's This Morning"."""
    word = words[index].group()
    return (
        word in _TITLE_OPENERS
        and not _opens_sentence(sentence, words[index].start())
        and _is_name_word(_word_at(words, index + 1))
    )


def _word_at(words: list[re.Match[str]], index: int) -> str:
    return words[index].group() if index < len(words) else ""


def _is_name_word(word: str) -> bool:
    bare = _trimmed(word)
    return bare[:1].isupper() and bare.lower() not in OPENERS


def _is_name_number(word: str) -> bool:
    """A small number that ends a name: PlayStation 3, Apollo 11 (not a year)."""
    return word.rstrip(".").isdigit() and len(word.rstrip(".")) <= 2


def _trimmed(name: str) -> str:
    """A name without a possessive, a trailing full stop, or a lower-case tail after a
    hyphen: "Damascus's" and "US-led" give "Damascus" and "US"."""
    name = _POSSESSIVE.sub("", name).rstrip(".'’")
    head, hyphen, tail = name.rpartition("-")
    return head if hyphen and tail[:1].islower() else name


def _closes_name(sentence: str, run: list[re.Match[str]]) -> bool:
    """True if punctuation, a lower-case tail ("US-led") or a possessive ends the name at the
    last word of `run`. A possessive ends a name of one word ("London's West End") but not
    a longer one ("One Flew Over the Cuckoo's Nest")."""
    word = run[-1]
    after = sentence[word.end() : word.end() + 1]
    if after not in ("", " "):
        return True
    bare = word.group().rstrip(".")
    if _POSSESSIVE.search(bare):
        return len(run) < 2
    return _trimmed(bare) != bare


def _is_description(name: str, following: str) -> bool:
    """A lone nationality word before a lower-case word: "Syrian opposition"."""
    return (
        " " not in name
        and following[:1].islower()
        and name.lower().endswith(_ADJECTIVE_ENDINGS)
        and not name.isupper()
    )


def _opens_sentence(sentence: str, start: int) -> bool:
    before = sentence[:start].rstrip()
    return not before.strip('"“‘(') or before.endswith(('"', "“", "‘", ":"))


def _known_names(article: BankArticle) -> frozenset[str]:
    """People and organisations with every form of their names, and the words of people's
    names and roles, folded: the who's who lists them already."""
    known: set[str] = set()
    for entity in (*article.people, *article.organizations):
        for form in (entity.name, *entity.aliases):
            known.add(form.casefold())
    for person in article.people:
        known.update(part.casefold() for part in person.name.split())
        known.update(part.casefold() for part in (person.role or "").split())
    return frozenset(known)
