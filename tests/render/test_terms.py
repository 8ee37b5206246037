from __future__ import annotations

from studyguide.digest import number_paragraphs
from studyguide.model import BankArticle, Entity, EntityKind
from studyguide.render.terms import MAX_CONTEXT_WORDS, MAX_TERMS, KeyTerm, key_terms
from tests.render.banks import sample_article

FERRY_TEXT = (
    "KINGSTOWN (Coastline News) — The Old Harbour Bridge over the River Kell reopened on "
    "Monday, Mayor Elena Dvořák said.\n"
    "The bridge links Kingstown with Port Ellis. The work was paid for by the Coastal "
    "Investment Fund (CIF) and took two years.\n"
    "Critics called the plan a “vanity project”. Engineers from Łódź Steelworks replaced 40 "
    "cables, and Syrian and Chinese firms did the painting. Port Ellis's mayor did not "
    "come.\n"
)


def ferry_article(text: str = FERRY_TEXT) -> BankArticle:
    return BankArticle(
        id="ferry",
        title="Bridge Reopens",
        text=text,
        people=(Entity("Elena Dvořák", EntityKind.PERSON, (), ("Dvořák",), "Mayor"),),
        organizations=(Entity("Łódź Steelworks", EntityKind.ORGANIZATION, ()),),
    )


def terms_of(article: BankArticle) -> tuple[KeyTerm, ...]:
    return key_terms(article, number_paragraphs(article))


def test_key_terms_are_names_abbreviations_and_quoted_words() -> None:
    terms = terms_of(ferry_article())
    assert [(t.term, t.meaning, t.paragraph) for t in terms] == [
        ("Old Harbour Bridge", None, 1),
        ("River Kell", None, 1),
        ("Kingstown", None, 2),
        ("Port Ellis", None, 2),
        ("CIF", "Coastal Investment Fund", 2),
        ("vanity project", None, 3),
    ]


def test_a_key_term_is_shown_in_the_sentence_that_first_uses_it() -> None:
    terms = {t.term: t for t in terms_of(ferry_article())}
    bridge = terms["Old Harbour Bridge"]
    # The dateline is not part of the sentence.
    assert bridge.context == (
        "The Old Harbour Bridge over the River Kell reopened on Monday, Mayor Elena Dvořák said."
    )
    assert bridge.context[bridge.at :].startswith("Old Harbour Bridge")
    port = terms["Port Ellis"]
    assert port.context == "The bridge links Kingstown with Port Ellis."
    assert port.start == FERRY_TEXT.index("Port Ellis")


def test_people_organisations_titles_days_and_nationalities_are_not_key_terms() -> None:
    names = {t.term for t in terms_of(ferry_article())}
    for left_out in ("Elena Dvořák", "Dvořák", "Mayor", "Łódź Steelworks", "Monday"):
        assert left_out not in names
    # Capitalised only because they open a sentence, or describing a noun.
    for left_out in ("Critics", "Engineers", "Syrian", "Chinese"):
        assert left_out not in names


def test_a_long_sentence_is_cut_around_the_term() -> None:
    filler = " ".join(["and then the council talked"] * 20)
    text = f"The council met, {filler}, about the Kell Tunnel, {filler}.\n"
    (term,) = terms_of(ferry_article(text))
    assert term.term == "Kell Tunnel"
    assert term.context.startswith("…") and term.context.endswith("…")
    assert len(term.context.split()) <= MAX_CONTEXT_WORDS
    assert term.context[term.at :].startswith("Kell Tunnel")


def test_key_terms_of_the_sample_article() -> None:
    terms = terms_of(sample_article())
    assert len(terms) == MAX_TERMS
    names = [t.term for t in terms]
    assert names[:5] == ["US", "Iraq", "Syria", "Middle East", "Damascus"]
    assert "willful blindness" in names
    # Who's who lists these already.
    for left_out in ("Bashar Assad", "Assad", "Islamic State", "ISIL", "Syrian Army"):
        assert left_out not in names


def test_a_small_number_ends_a_name_and_the_name_is_listed_once() -> None:
    text = "Sony showed the PlayStation 3 in Tokyo in 2006. Fans in Tokyo liked the PlayStation.\n"
    assert [t.term for t in terms_of(ferry_article(text))] == ["PlayStation 3", "Tokyo"]


def test_titles_of_works_and_possessives() -> None:
    text = (
        "Critics praised him in One Flew Over the Cuckoo's Nest in London's West End. "
        "He now stars in a revival of The Glass Menagerie.\n"
    )
    assert [t.term for t in terms_of(ferry_article(text))] == [
        "One Flew Over the Cuckoo's Nest",
        "London",
        "West End",
        "The Glass Menagerie",
    ]


def test_an_abbreviation_of_lower_case_words() -> None:
    text = "India raised the limit on foreign direct investment (FDI) in telecoms.\n"
    (term,) = [t for t in terms_of(ferry_article(text)) if t.term == "FDI"]
    assert term.meaning == "foreign direct investment"


def test_a_pronoun_with_its_verb_is_not_a_name() -> None:
    text = "“I'm ready. The way I'm playing is fine, and we’re hoping for sun,” said Ruiz.\n"
    names = {t.term for t in terms_of(ferry_article(text))}
    assert names.isdisjoint({"I'm", "I", "we’re"})
