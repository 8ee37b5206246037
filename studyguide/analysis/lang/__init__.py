"""What the analysis knows of a language, gathered in one value per language.

The extractors hold no word lists of their own: they read them from the `LanguageData` of
the document they are given (`language_of`), looked up by the language of the spaCy model
that parsed it. A language is added by writing its data in a package of its own (`lang/en`
is English) that names it `LANGUAGE`, and a spaCy model for it; the extractors stay as they
are. The data: the words news uses to report speech and to name people and organisations,
the quote marks it writes, and the grammar of its date phrases.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from studyguide.analysis.dates.grammar import DateGrammar


@dataclass(frozen=True, eq=False)
class ReadingWords:
    """Words for reading an article: who speaks and how, titles and roles before names, and
    the nouns of organisations and documents. Lemmas and lowercase words unless told."""

    speech_verbs: frozenset[str]
    """Verbs that introduce speech: "said", "added", "noted", "told reporters"."""
    strong_speech_verbs: frozenset[str]
    """Cues strong enough to make an unquoted `that`-clause a claim (not "think")."""
    unsaying_particles: frozenset[str]
    """Particles that turn a verb of saying into a doing: "shouted down", "called off"."""
    personal_pronouns: frozenset[str]
    """Pronouns that stand for a person named before."""
    name_titles: frozenset[str]
    """Courtesy and rank titles dropped from a person's canonical name ("Mr", "Dr.")."""
    post_nominals: frozenset[str]
    """Letters after a name that only a person bears, as written: a rank, a seat, an honour."""
    news_agencies: frozenset[str]
    """Agencies that appear in datelines and bylines: never a person."""
    document_nouns: frozenset[str]
    """Things that "say" on someone's behalf: a statement released by X speaks for X."""
    issued_nouns: frozenset[str]
    """Of those, the ones a body issues in its own voice: "A statement said", with no source
    named, is the body the story was just about; "an official report says" is not."""
    organization_nouns: frozenset[str]
    """Nouns that, after "the", stand for an organisation the article has named."""
    generic_organization_nouns: frozenset[str]
    """Of those, the nouns that fit any firm, whatever its name says."""
    public_body_words: frozenset[str]
    """First or last words of the name of a public body ("Ministry of Communications",
    "Securities and Exchange Commission"), which "the company" or "the firm" never stands
    for: "the company says" beside the regulator that fined it is the firm."""
    male_words: frozenset[str]
    """Role words that tell that a person is a man, for resolving "he"."""
    female_words: frozenset[str]
    """Role words that tell that a person is a woman, for resolving "she"."""
    role_titles: frozenset[str]
    """Words of rank or office written before a name: a role, not part of the name."""
    person_nouns: frozenset[str]
    """Nouns that only a person can be: "Surti, a resident of Anyer" names a person."""
    focus_descriptions: frozenset[str]
    """Nouns with which news names again the person it is writing about ("said the rookie
    defenceman"): never an office, which two people in a story may hold."""
    unnamed_speakers: frozenset[str]
    """Nouns for the unnamed people news lets speak: "officials said", "a source close to"."""
    organization_words: frozenset[str]
    """Last words that make a capitalised phrase an organisation, not a person."""
    weekdays: frozenset[str]
    """The days of the week, which open sentences without being part of a name."""
    months: frozenset[str]
    """The months of the year, capitalised without being names."""
    national_nouns: frozenset[str]
    """Nouns of which a country has one, so that a nationality says which: "the Syrian
    president", "the French government"; not "the Indian firm"."""
    known_nouns: frozenset[str]
    """Nouns of what every reader knows without being told which one: "the government",
    "the world", "the public". After "the", they do not point back to an earlier sentence."""
    work_nouns: frozenset[str]
    """Nouns for a work with a title: "a film", "an international bestseller"."""

    @cached_property
    def people_nouns(self) -> frozenset[str]:
        """Nouns for a person: a role, a kind of person, one who speaks unnamed."""
        return (
            self.unnamed_speakers
            | self.role_titles
            | self.person_nouns
            | self.focus_descriptions
            | self.male_words
            | self.female_words
        )


@dataclass(frozen=True, eq=False)
class QuoteMarks:
    """The marks a language's news sets quotes in."""

    opening: str
    """Marks that only open a quote."""
    closing: str
    """Marks that only close one."""
    straight: str
    """The mark that opens or closes by where it stands."""
    single_opening: str
    single_closing: str
    doubled: tuple[str, ...]
    """Two apostrophes (or backticks) standing for one double mark, as some newswires write."""
    apostrophes: str
    """Characters that are an apostrophe in a word and a quote mark around words."""

    @property
    def characters(self) -> str:
        """Every character that may be a quote mark."""
        return (
            self.opening
            + self.closing
            + self.straight
            + self.single_opening
            + self.single_closing
            + self.apostrophes
        )


@dataclass(frozen=True, eq=False)
class LanguageData:
    """Everything the extractors know of one language."""

    code: str
    """The language's ISO 639-1 code, as spaCy and a bank's `language:` give it."""
    stop_words: frozenset[str]
    """Its most common words, by whose share a text is told to be in the language."""
    words: ReadingWords
    quote_marks: QuoteMarks
    date_grammar: DateGrammar


@cache
def language_data(code: str) -> LanguageData:
    """The data of the language with this code; LookupError when there is none."""
    try:
        module = importlib.import_module(f"{__name__}.{code}")
    except ModuleNotFoundError:
        raise LookupError(f"studyguide has no language data for {code!r}") from None
    data: LanguageData = module.LANGUAGE
    return data


def language_of(item: Doc | Token | SpacySpan) -> LanguageData:
    """The data of the language a parsed text, or one of its words, is in."""
    doc = item if hasattr(item, "lang_") else item.doc
    return language_data(doc.lang_)


def words_of(item: Doc | Token | SpacySpan) -> ReadingWords:
    """The reading words of the language `item` is in."""
    return language_of(item).words
