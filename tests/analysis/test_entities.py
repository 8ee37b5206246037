"""Named things with one canonical form and the aliases the article uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Span as SpacySpan

from studyguide.analysis import ENGLISH
from studyguide.analysis.entities import _listed, _not_people, _plausible_person, name_key
from studyguide.analysis.lang import language_data
from studyguide.model import Analysis, Entity, EntityKind, Span
from studyguide.pipeline import analyze

if TYPE_CHECKING:
    from spacy.language import Language


def _entity(analysis: Analysis, name: str) -> Entity:
    return next(e for e in analysis.entities if e.name == name)


def test_the_united_states_under_every_name(nlp: Language) -> None:
    text = (
        "The United States and its allies met in Brussels. "
        "U.S. officials said the talks went well. Later the US delegation left."
    )
    united_states = _entity(analyze(text, nlp=nlp), "United States")
    assert united_states.kind is EntityKind.PLACE
    assert set(united_states.aliases) == {"U.S.", "US"}
    assert len(united_states.mentions) == 3


def test_islamic_state_gathers_isil_and_isis(nlp: Language) -> None:
    text = (
        "Fighters of the Islamic State (ISIL) took the town. ISIS has held it since May. "
        "The United States said Islamic State fighters fled."
    )
    islamic_state = _entity(analyze(text, nlp=nlp), "Islamic State")
    assert set(islamic_state.aliases) == {"ISIL", "ISIS"}
    assert [m.text for m in islamic_state.mentions] == [
        "Islamic State",
        "ISIL",
        "ISIS",
        "Islamic State",
    ]


def test_name_keys_compare_spellings() -> None:
    assert name_key("the U.S.") == name_key("United States") == name_key("USA")
    assert name_key("ISIL") == name_key("Daesh") == "islamic state"
    assert name_key("Reuters") == "reuters"


def test_person_with_role_and_surname_alias(nlp: Language) -> None:
    text = (
        "DAMASCUS (Sputnik) — Syrian President Bashar Assad said on Sunday that the "
        "coalition had failed. Assad spoke in Damascus."
    )
    analysis = analyze(text, nlp=nlp)
    (person,) = analysis.people()
    assert (person.name, person.role, person.aliases) == (
        "Bashar Assad",
        "Syrian President",
        ("Assad",),
    )
    assert len(person.mentions) == 2


def test_dateline_agency_is_not_a_person(nlp: Language) -> None:
    text = "BERLIN (Sputnik) — Foreign Minister Maria Lindqvist said the talks would go on."
    analysis = analyze(text, nlp=nlp)
    assert [p.name for p in analysis.people()] == ["Maria Lindqvist"]
    assert all("Sputnik" not in e.name for e in analysis.entities)


def test_headline_and_subheads_are_not_entities(nlp: Language) -> None:
    text = (
        "Markets Fall As Oil Prices Climb\n"
        "LONDON (Reuters) — Oil prices rose on Monday, traders said.\n"
        "What Comes Next\n"
        "Traders expect prices to keep rising this week."
    )
    names = {e.name for e in analyze(text, nlp=nlp).entities}
    assert not names & {"Markets Fall", "Oil Prices Climb", "Reuters", "What Comes Next"}


def test_nationalities_places_and_numbers(nlp: Language) -> None:
    text = (
        "Russian and French diplomats met in Geneva on Friday. "
        "The company hired 1,200 workers and paid $4 million in bonuses."
    )
    kinds = {e.name: e.kind for e in analyze(text, nlp=nlp).entities}
    assert kinds["Russian"] is EntityKind.NATIONALITY
    assert kinds["French"] is EntityKind.NATIONALITY
    assert kinds["Geneva"] is EntityKind.PLACE
    assert kinds["1,200"] is EntityKind.NUMBER
    assert kinds["$4 million"] is EntityKind.NUMBER


def test_a_team_the_recogniser_calls_a_person_is_not_one(nlp: Language) -> None:
    text = "The San Jose Sharks beat Edmonton 7-4. The Sharks have won five straight."
    analysis = analyze(text, nlp=nlp)
    assert "Sharks" not in {p.name for p in analysis.people()}


def test_an_apposition_set_off_by_commas_is_a_role(nlp: Language) -> None:
    text = (
        "Maria Lopez, a spokeswoman, said the plant would reopen. "
        "Robbie Williams himself collected the award on Tuesday."
    )
    analysis = analyze(text, nlp=nlp)
    assert _entity(analysis, "Maria Lopez").role == "spokeswoman"
    assert _entity(analysis, "Robbie Williams").role is None


def test_a_name_after_its_description_has_that_role(nlp: Language) -> None:
    text = "In a long report, the city's chief inspector, Mark Tull, criticised the harbour board."
    assert _entity(analyze(text, nlp=nlp), "Mark Tull").role == "city's chief inspector"


@pytest.mark.parametrize(
    ("name", "plausible"),
    [
        ("Tuesday Mitsubishi", False),  # "On Tuesday Mitsubishi confirmed", tagged whole
        ("Blackpool Pleasure Beach", False),
        ("Carla Mendes", True),
        ("April Jones", True),  # a month is a given name too
    ],
)
def test_names_a_person_may_have(name: str, plausible: bool) -> None:
    assert _plausible_person(language_data(ENGLISH).words, name) is plausible


def test_a_writer_s_brackets_are_not_part_of_a_name(nlp: Language) -> None:
    text = (
        "Anna Price said: “There was total bias when you look at [then-harbour chief Owen]"
        " Lyle and all his moves.” Lyle declined to comment on Friday."
    )
    assert "Owen Lyle" in [e.name for e in analyze(text, nlp=nlp).entities]


def test_a_surname_the_recogniser_calls_an_organisation_is_the_person(nlp: Language) -> None:
    text = (
        "Mayor Elena Novak opened the new library on Monday.\n\n"
        "“We lost the vote,” Novak said in an interview on Friday."
    )
    analysis = analyze(text, nlp=nlp)
    assert [e.name for e in analysis.entities if e.kind is EntityKind.ORGANIZATION] == []
    assert "Novak" in _entity(analysis, "Elena Novak").aliases


def test_a_role_is_a_noun_not_a_verb_the_parser_took_for_one(nlp: Language) -> None:
    for text in (
        "The 19-year-old shocked Tom Varga in the 2001 club final.",
        "The 31-year-old surprised Dr. Tom Varga in the 2001 regional final.",
    ):
        assert _entity(analyze(text, nlp=nlp), "Tom Varga").role is None


def test_a_title_the_recogniser_calls_a_person_is_not_one(nlp: Language) -> None:
    for text in (
        "The Marco Polo Code sold well in 12 countries. Anna Berg wrote it, and readers of "
        "Berg's Marco Polo Code want more.",
        "The Da Vinci Code was made into a film. Anna Berg reviewed it.",
    ):
        assert [p.name for p in analyze(text, nlp=nlp).people()] == ["Anna Berg"]


def test_a_character_of_a_film_or_book_is_not_a_person_of_the_news(nlp: Language) -> None:
    text = (
        "The studio released the trailer on Monday.\n\nDaniel Radcliffe returns in the role of "
        "Harry Potter. Hermione Granger, played by Emma Watson, has a bigger part."
    )
    assert [p.name for p in analyze(text, nlp=nlp).people()] == ["Daniel Radcliffe", "Emma Watson"]


def test_an_illness_is_neither_a_person_nor_an_organisation(nlp: Language) -> None:
    text = (
        "Doctors in Lagos are worried.\n\nCases of Lassa fever rose this year, and Ebola is "
        "back. Dr. Amina Bello runs the clinic."
    )
    analysis = analyze(text, nlp=nlp)
    assert [(e.name, e.kind.value) for e in analysis.entities if e.kind.value != "place"] == [
        ("Amina Bello", "person")
    ]


def test_a_name_ends_at_a_dash_before_an_aside(nlp: Language) -> None:
    text = (
        "Set up in 1979, the Harold Finch Prizes - named in memory of the late sailor - are "
        "awarded annually."
    )
    names = {e.name: [m.text for m in e.mentions] for e in analyze(text, nlp=nlp).entities}
    assert names.get("Harold Finch Prizes") == ["the Harold Finch Prizes"]


def test_a_rank_the_recogniser_tags_with_the_name_is_the_role(nlp: Language) -> None:
    text = "MSP Karen Dunlop wants shops shut on holidays. Dunlop spoke on Monday."
    person = _entity(analyze(text, nlp=nlp), "Karen Dunlop")
    assert person.role == "MSP"


def test_a_name_without_its_first_name_is_the_same_person(nlp: Language) -> None:
    text = (
        "Charles Saumarez Smith runs the gallery. Visits rose by 20% at Blackpool Pleasure "
        "Beach.\n\nSaumarez Smith said the year was strong."
    )
    assert [p.name for p in analyze(text, nlp=nlp).people()] == ["Charles Saumarez Smith"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # One surname spelt two ways, a letter apart: one person, by the longer spelling.
        (
            "Councillor Dana Ruiss backed the harbour ferry plan on Monday.\n\n"
            '"The ferry must stay," Ms Ruis said.',
            ["Dana Ruiss"],
        ),
        (
            "Councillor Dana Ruis backed the harbour ferry plan on Monday.\n\n"
            '"The ferry must stay," Ms Ruiss said.',
            ["Dana Ruiss"],
        ),
        # A short surname a letter longer is another name.
        (
            "Councillor Tom Lee backed the harbour ferry plan on Monday.\n\n"
            '"The ferry must stay," Mr Lees said.',
            ["Tom Lee", "Lees"],
        ),
        # A word opening the sentence is no first name.
        (
            "Councillor Dana Ruiss backed the harbour ferry plan on Monday.\n\n"
            "But Ruis said the ferry must stay.",
            ["Dana Ruiss"],
        ),
        # Nor one the article writes after another first name, which the recogniser missed.
        (
            "Pollster Jon Cohen said the harbour polls were early.\n\n"
            "-Nate Cohn explains why the polls were way off.",
            ["Jon Cohen", "Cohn"],
        ),
    ],
)
def test_a_surname_spelt_a_letter_apart_is_the_same_person(
    nlp: Language, text: str, people: list[str]
) -> None:
    assert [p.name for p in analyze(text, nlp=nlp).people()] == people


def test_an_occupation_before_a_name_is_a_role(nlp: Language) -> None:
    text = (
        "Pupils will learn about copyright in a new course.\n\nThe lessons were welcomed by "
        "Songwriter Guy Chambers, who wrote hits for Robbie Williams."
    )
    assert [(p.name, p.role) for p in analyze(text, nlp=nlp).people()] == [
        ("Guy Chambers", "Songwriter"),
        ("Robbie Williams", None),
    ]


def test_a_birth_name_or_an_award_is_no_other_person(nlp: Language) -> None:
    text = (
        "The singer has three nominations, for Best Solo Female and Best Breakthrough Artist."
        "\n\nBorn Jocelyn Stoker, the teenager from Devon started out on a talent show. Steve "
        "Greenberg signed her in 2002."
    )
    names = [p.name for p in analyze(text, nlp=nlp).people()]
    assert "Steve Greenberg" in names
    assert not {"Jocelyn Stoker", "Breakthrough Artist", "Solo Female"} & set(names)


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        # A party label, and where someone is from: not part of the name.
        (
            "The youngest member is thought to have been Tory Edward Marlow, who won a"
            " by-election in 1904 aged 21. Mr Marlow served for 47 years.",
            "Tory",
            "Edward Marlow",
        ),
        (
            "Reyes beat Spaniard Tomas Garcia-Ortiz in the first round in Brinmouth. "
            "Garcia-Ortiz said he had been tired after a long flight.",
            "Spaniard",
            "Tomas Garcia-Ortiz",
        ),
    ],
)
def test_a_label_before_a_name_is_not_part_of_it(
    nlp: Language, text: str, label: str, name: str
) -> None:
    names = {e.name for e in analyze(text, nlp=nlp).people()}
    assert name in names and f"{label} {name}" not in names


def test_a_prison_is_not_a_person(nlp: Language) -> None:
    text = (
        "Lawyer Ben Emmerson said the men had been held for nearly three years. In a "
        "statement, detainee 'A' in Woodhill Prison said: \"I hope the government will act.\""
    )
    names = {e.name for e in analyze(text, nlp=nlp).people()}
    assert "Woodhill Prison" not in names


def test_a_firm_the_recogniser_calls_a_person_is_not_one(nlp: Language) -> None:
    text = (
        "Sales fell at electronics chain Best Buy, meanwhile. One retailer to fare well was"
        " Costco Wholesale, which continued its run. Film-maker Michael Moore and broadcaster"
        " David Dimbleby were there."
    )
    people = {p.name for p in analyze(text, nlp=nlp).people()}
    assert people == {"Michael Moore", "David Dimbleby"}


def test_a_barrister_s_rank_after_his_name_is_not_part_of_it(nlp: Language) -> None:
    text = "The claims were made in a book published this week by Philippe Sands QC."
    assert {p.name for p in analyze(text, nlp=nlp).people()} == {"Philippe Sands"}


def test_a_club_the_recogniser_calls_a_person_is_not_one(nlp: Language) -> None:
    text = (
        "The team: A Scott (Shaftesbury Barnet Harriers), P Idowu (Belgrave Harriers),"
        " L Achike (Shaftesbury Barnet Harriers)."
    )
    assert not {p.name for p in analyze(text, nlp=nlp).people()} & {
        "Barnet Harriers",
        "Shaftesbury Barnet Harriers",
        "Belgrave Harriers",
    }


def test_a_name_always_after_the_is_no_person(nlp: Language) -> None:
    """Taken for a person ("the Harbour Ledger said"), a name the article writes after
    "the" each time is a report, a body or a thing; one it writes once without is someone."""
    doc = nlp(
        "Trade stayed strong, the Harbour Ledger said. Fishing fleets were busy, the Harbour"
        " Ledger added. Ruth Bell agreed, as did the Ruth Bell of the ferry board. The"
        " Alan Hale administration sent the Alan Hale ferry."
    )
    ledger = [i for i, t in enumerate(doc) if t.text == "Harbour"]
    bell = [i for i, t in enumerate(doc) if t.text in {"Ruth", "Alan"}]
    doc.ents = [SpacySpan(doc, i, i + 2, label="PERSON") for i in ledger + bell]
    assert _not_people(doc) == {"Harbour Ledger": EntityKind.ORGANIZATION}


def test_a_name_ending_on_a_capital_does_not_run_into_the_next_sentence(nlp: Language) -> None:
    text = (
        "The actor starred in films such as Harbour Nights and Ruth X. Anna Bell, the"
        ' daughter of Ruth X, spoke at the service. "He was a kind man," she said.'
    )
    analysis = analyze(text, nlp=nlp)
    assert {"Ruth X", "Anna Bell"} <= {p.name for p in analysis.people()}
    assert [q.speaker for q in analysis.quotes] == ["Anna Bell"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A list the recogniser took for one name: each its own person, at its own place.
        ("Tom Hale, Dido", ["Tom Hale", "Dido"]),
        ("Ana Ruiz, Tom Hale, Dido", ["Ana Ruiz", "Tom Hale", "Dido"]),
        # A name and its suffix stay one.
        ("Martin Luther King, Jr.", ["Martin Luther King, Jr."]),
        ("Ana Ruiz", ["Ana Ruiz"]),
    ],
)
def test_a_list_taken_for_one_name_is_read_as_its_names(text: str, names: list[str]) -> None:
    parts = _listed(Span(40, 40 + len(text), text))
    assert [p.text for p in parts] == names
    assert all(text[p.start - 40 : p.end - 40] == p.text for p in parts)
