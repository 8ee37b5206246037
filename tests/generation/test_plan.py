"""The plan of an article's key points, and the questions it keeps out: a table of short
passages written for these tests, each with what must be asked and what must not."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import pytest

from studyguide.analysis import analyze_article
from studyguide.generation import GENERATORS, GenerationReport, generate_questions, main_idea
from studyguide.generation.aims import aims
from studyguide.generation.context import Context
from studyguide.generation.main_idea import (
    _WHO_THEY_ARE,
    _a_list,
    _choice,
    _main_point,
    _narrow,
    _same_change,
    statement,
)
from studyguide.generation.matching import _who, speaker_statements
from studyguide.generation.phrases import phrase_question
from studyguide.generation.plan import PointKind, lead, plan
from studyguide.generation.selection import select
from studyguide.generation.truefalse import (
    article_statement,
    claim_statement,
    quote_statement,
    reported_claim,
    reported_quote,
)
from studyguide.generation.who_said import who_claimed
from studyguide.generation.wording import (
    blanks_list_item,
    blanks_part_of_name,
    points_back,
    reported,
)
from studyguide.generation.writing_words import CAUSE_LINKS
from studyguide.ingest import parse_text
from studyguide.model import BLANK, FALSE, Entity, EntityKind, Question, QuestionType, Span

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class Passage:
    text: str
    main: str
    """The start of the sentence the main-idea question must have as its answer."""
    kinds: tuple[PointKind, ...]
    """Kinds of key point the plan must find."""


FERRY = Passage(
    text="""Island Ferry Fares Cut After Protest
PORTHAVEN (Coast Courier) — The island ferry company will cut its fares by a third from May, after a month of protests by residents, its director Helen Marsh said.
"We heard the islanders, and we have changed our prices," Marsh said on Monday.
The return fare rose from 12 pounds to 18 pounds in 2021, when fuel costs doubled.
Councillor Tom Avery said the cut came too late for many families.
"Half the shops on the harbour closed because visitors stayed away," Avery said.
Resident Priya Nair said she would now visit her mother every week.
"Families like mine could not pay for the crossing," Nair said.
The company carried 40,000 passengers in 2019 and 25,000 in 2022.
The harbour board will review the timetable in September.
A new ferry with room for two hundred cars is being built at a yard in the north of Scotland.
""",
    main="The island ferry company will cut its fares",
    kinds=(PointKind.MAIN, PointKind.VIEWS, PointKind.POSITION, PointKind.CAUSE),
)

MUSEUM = Passage(
    text="""City Museum Closes Its Doors For Two Years
NORTHGATE (Valley Post) — The Northgate City Museum closed on Friday for two years of repairs because its roof is no longer safe, the city council said.
The museum first opened its doors to the public in 1911.
A new wing for the Roman collection was built beside it in 1968.
Engineers found cracks in the roof beams in 2023.
The repairs will cost 14 million pounds, up from an estimate of 9 million pounds last year.
Its collection of Roman coins, Viking tools and Saxon jewellery will go on tour to Leeds, York and Durham.
The firm is appealing that ruling.
""",
    main="The Northgate City Museum closed on Friday",
    kinds=(PointKind.MAIN, PointKind.TIMELINE, PointKind.CAUSE, PointKind.CHANGE),
)


def _main_idea(nlp: Language, text: str, article_id: str) -> Question:
    """The main-idea question of a bank of up to ten questions on the text."""
    article = parse_text(text, article_id=article_id)
    questions, _ = generate_questions(article, analyze_article(article, nlp), count=10, seed=0)
    (main,) = [q for q in questions if "main idea" in q.tags]
    return main


def _main_choice(nlp: Language, text: str, article_id: str) -> Question:
    """The main-idea question of a bank of multiple choice alone on the text: which
    statement best sums it up."""
    article = parse_text(text, article_id=article_id)
    analysis = analyze_article(article, nlp)
    asked, _ = generate_questions(article, analysis, seed=0, types={QuestionType.MULTIPLE_CHOICE})
    (main,) = [q for q in asked if "main idea" in q.tags]
    return main


@pytest.fixture(scope="module", params=[FERRY, MUSEUM], ids=["ferry", "museum"])
def made(request: pytest.FixtureRequest, nlp: Language) -> tuple[Passage, Context, list]:
    passage: Passage = request.param
    article = parse_text(passage.text, article_id="passage")
    analysis = analyze_article(article, nlp)
    questions, _ = generate_questions(article, analysis, count=25, seed=0)
    return passage, Context(article, analysis), list(questions)


def test_the_plan_finds_the_key_points(made: tuple[Passage, Context, list]) -> None:
    passage, ctx, _ = made
    points = plan(ctx)
    assert points[0].kind is PointKind.MAIN
    assert points[0].sentences[0].text.startswith(passage.main)
    assert set(passage.kinds) <= {p.kind for p in points}
    ranks = [p.rank for p in points]
    assert ranks == sorted(ranks, reverse=True)


@pytest.mark.parametrize(
    ("sentence", "gives_a_cause"),
    [
        ("Profits fell due to tough competition from low-cost airlines.", True),
        ("The delay was due to the storm that closed the harbour.", True),
        # What is planned, not why: "due to" before a verb.
        ("Kelby Motors is due to unveil a recovery plan in January.", False),
        ("The film is due to be shown on television in March.", False),
    ],
)
def test_due_to_gives_a_cause_only_before_what_caused_it(
    sentence: str, gives_a_cause: bool
) -> None:
    assert (CAUSE_LINKS.search(sentence) is not None) is gives_a_cause


def test_the_main_point_is_asked_first_of_all(made: tuple[Passage, Context, list]) -> None:
    passage, _, questions = made
    main = [q for q in questions if "main idea" in q.tags]
    assert len(main) == 1
    assert passage.main[1:] in main[0].answer  # "the city council said that the ..."
    # Chosen among three narrower details, or told in the student's own words.
    assert len(main[0].choices) in (0, 4)


def test_no_sentence_or_fact_is_asked_twice(made: tuple[Passage, Context, list]) -> None:
    _, ctx, questions = made
    sentences = [ctx.sentence_of(e.start) for q in questions for e in q.evidence]
    assert len(sentences) == len(set(sentences))
    assert len({q.prompt for q in questions}) == len(questions)


def test_questions_a_teacher_would_strike_are_not_asked(
    made: tuple[Passage, Context, list],
) -> None:
    _, _, questions = made
    for question in questions:
        prompt = question.prompt
        # No ordering by where sentences stand, and no item cut short.
        assert "order the article" not in prompt
        items = [*question.order, *(side for p in question.pairs for side in (p.left, p.right))]
        assert not [item for item in items if "…" in item]
        # No blank on one item of a list ("Leeds, _____ and Durham").
        assert not blanks_list_item(prompt), prompt
        # No statement that points back to sentences the student does not have.
        assert not re.match(r"(The firm|He said|They)\b", prompt), prompt
        assert "that ruling" not in prompt
        # A "not" only in one short clause.
        if question.altered and question.altered.startswith("negation"):
            assert len(prompt.split()) <= 16 and "," not in prompt, prompt


def test_the_views_of_several_speakers_are_matched(nlp: Language) -> None:
    article = parse_text(FERRY.text, article_id="ferry")
    questions, _ = generate_questions(article, analyze_article(article, nlp), seed=0)
    views = [q for q in questions if q.type is QuestionType.MATCHING and "viewpoint" in q.tags]
    assert len(views) == 1
    assert {p.right.split()[-1] for p in views[0].pairs} == {"Marsh", "Avery", "Nair"}
    assert views[0].prompt == "Match each statement to the person who made it."


def test_a_body_among_the_speakers_is_matched_as_a_group(nlp: Language) -> None:
    article = parse_text(FERRY.text, article_id="ferry")
    analysis = analyze_article(article, nlp)
    body = Entity("Ferry Users Alliance", EntityKind.ORGANIZATION, ())
    ctx = Context(article, replace(analysis, entities=(*analysis.entities, body)))
    assert _who(ctx, ["Ferry Users Alliance", "Ann Marsh"]) == "person or group"
    assert _who(ctx, ["Ann Marsh"]) == "person"


_PIER = (
    "Kelby pier to be sold\n\n"
    "Kelby council has agreed to sell the old pier to a hotel group.\n\n"
    "{marsh}\n\n"
    "{avery}\n\n"
    "Hotel chief Priya Nair said work on the pier would start in the spring.\n\n"
    "{okafor}\n"
)
_OKAFOR = "Local historian Ben Okafor said the pier was built by the town's fishermen."


def _views_asked(nlp: Language, marsh: str, avery: str, okafor: str = _OKAFOR) -> dict[str, str]:
    """Who-holds-a-view prompts on a story of four speakers, by their answer."""
    article = parse_text(_PIER.format(marsh=marsh, avery=avery, okafor=okafor))
    asked = who_claimed(Context(article, analyze_article(article, nlp)))
    return {c.question.answer: c.question.prompt for c in asked}


def test_who_holds_a_view_is_asked_without_an_aside_on_what_it_is_about(
    nlp: Language,
) -> None:
    prompts = _views_asked(
        nlp,
        "Councillor Ann Marsh said the sale, details of which will be published next week, was"
        " a fair price for the town.",
        "Councillor Tom Avery said the pier should have stayed in public hands.",
    )
    assert prompts["Ann Marsh"] == "Who said that the sale was a fair price for the town?"


def test_who_holds_a_view_is_asked_without_the_writer_s_comment_on_it(nlp: Language) -> None:
    prompts = _views_asked(
        nlp,
        "Councillor Ann Marsh said the rent was too low - a view which many in the town share.",
        "Councillor Tom Avery said the pier should have stayed in public hands.",
    )
    assert prompts["Ann Marsh"] == "Who said that the rent was too low?"


def test_no_view_is_asked_from_the_subject_of_a_sentence_alone(nlp: Language) -> None:
    prompts = _views_asked(
        nlp,
        "Councillor Ann Marsh said one-off repairs to the deck, which “are no sign of decay”,"
        " were behind the cost.",
        "Councillor Tom Avery said the pier should have stayed in public hands.",
    )
    # "Who said that one-off repairs to the deck, which are no sign of decay?": no verb.
    assert "Ann Marsh" not in prompts
    assert "Tom Avery" in prompts


def test_no_view_is_asked_from_words_that_open_on_their_verb(nlp: Language) -> None:
    prompts = _views_asked(
        nlp,
        "Councillor Ann Marsh on Tuesday said was she was reviewing her vote because of the price.",
        "Councillor Tom Avery said the pier should have stayed in public hands.",
    )
    # "Who said that was she was reviewing her vote ...?": the article's slip, copied.
    assert "Ann Marsh" not in prompts
    assert "Tom Avery" in prompts


def test_no_view_is_asked_from_a_clause_hung_on_words_not_given(nlp: Language) -> None:
    closed = _views_asked(
        nlp,
        "Councillor Ann Marsh said though she had voted for the sale, the price was too low.",
        "Councillor Tom Avery said the pier should have stayed in public hands.",
    )
    assert closed["Ann Marsh"] == (
        "Who said that though she had voted for the sale, the price was too low?"
    )
    for hung in (
        "Councillor Tom Avery told the meeting that though the hotel had backed the sale.",
        'In a speech Councillor Tom Avery said, adding that he believed the hotel group was "a'
        ' fine choice."',
    ):
        asked = _views_asked(nlp, "Councillor Ann Marsh said the price was too low.", hung)
        assert "Ann Marsh" in asked
        assert "Tom Avery" not in asked


def test_who_holds_a_view_of_her_offers_not_the_one_the_story_is_about(nlp: Language) -> None:
    text = (
        "Harbour master quits\n\n"
        "Harbour master Ann Marsh has resigned after a row over fees.\n\n"
        "Ms Marsh ran the harbour for ten years. Ms Marsh will leave in May.\n\n"
        "Ms Marsh said she had broken no rule of the harbour board.\n\n"
        "Councillor Tom Avery claims the harbour master took the fees to keep her office"
        " afloat.\n\n"
        "Hotel chief Priya Nair said the harbour would need a new master by the summer.\n\n"
        "Historian Ben Okafor said the harbour was built by the town's fishermen.\n\n"
        "Architect Sam Ortiz built the harbour office in 1972. Mr Ortiz has retired.\n"
    )
    article = parse_text(text, "quits")
    asked = who_claimed(Context(article, analyze_article(article, nlp)))
    choices = {c.question.answer: c.question.choices for c in asked}
    # "her office": the words speak of her, and could not be hers.
    assert set(choices["Tom Avery"]) == {"Tom Avery", "Priya Nair", "Ben Okafor", "Sam Ortiz"}
    assert "Ann Marsh" in choices["Priya Nair"]


def test_a_view_told_with_a_phrase_quoted_is_asked_as_a_view(nlp: Language) -> None:
    prompts = _views_asked(
        nlp,
        'Councillor Ann Marsh said the sale was "a fair price for a tired old pier".',
        'Councillor Tom Avery told Radio Kelby the pier should have stayed "in the hands of the'
        ' town".',
    )
    assert prompts["Ann Marsh"] == 'Who said that the sale was "a fair price for a tired old pier"?'
    # Words after "told" may carry whom they were told to ("Radio Kelby the pier ...").
    assert "Tom Avery" not in prompts


def test_no_view_of_people_named_only_as_someone_s_is_asked(nlp: Language) -> None:
    prompts = _views_asked(
        nlp,
        "Councillor Ann Marsh said the sale was a fair price for the town.",
        "Councillor Tom Avery said members did not want the pier to be sold.",
    )
    # Members of what? The words do not say.
    assert "Ann Marsh" in prompts
    assert "Tom Avery" not in prompts


def test_no_view_is_asked_of_words_that_tell_of_a_question(nlp: Language) -> None:
    prompts = _views_asked(
        nlp,
        "Councillor Ann Marsh said the sale was a fair price for the town.",
        "Councillor Tom Avery explained why the council had sold the pier to a hotel group.",
    )
    # "Who explained that why the council had sold ...?": no view, and no "that" before it.
    assert "Ann Marsh" in prompts
    assert "Tom Avery" not in prompts


def test_a_view_opening_on_what_is_asked(nlp: Language) -> None:
    prompts = _views_asked(
        nlp,
        "Councillor Ann Marsh said the sale was a fair price for the town.",
        "Councillor Tom Avery said what the town needed most was a new pier.",
    )
    assert prompts["Tom Avery"] == "Who said that what the town needed most was a new pier?"


def test_words_given_to_he_after_someone_else_s_are_no_one_s_to_ask(nlp: Language) -> None:
    text = (
        "Brinmouth ferry strike\n\nStaff at the Brinmouth ferry company will strike on Monday."
        " Mayor Ann Lane met union leaders on Thursday night. Our correspondent said that he"
        ' understood no deal had been offered. "There is some possibility," he added. "But'
        ' not much."\n\nUnion leader Tom Hale said the strike would go ahead.'
        ' "Our members are angry," he added.\n'
    )
    article = parse_text(text, article_id="strike")
    ctx = Context(article, analyze_article(article, nlp))
    # "he" after the correspondent's words may be the correspondent, not the mayor; after
    # Tom Hale's, it is Tom Hale.
    assert [(q.speaker, q.content.text) for q in ctx.quotes] == [
        (None, "There is some possibility"),
        (None, "But not much."),
        ("Tom Hale", "Our members are angry"),
    ]


@pytest.mark.parametrize(
    ("speaker", "named", "may_be"),
    [
        ("Mr Hale", "Tom Hale", True),
        ("the union leader", "Tom Hale", True),  # someone met before
        ("Department for Education", "A Department for Education spokeswoman", True),
        ("a union official", "Tom Hale", False),  # someone new
        ("our correspondent", "Tom Hale", False),
        ("Ann Lane", "Tom Hale", False),  # another name
    ],
)
def test_who_the_speaker_before_may_be(
    nlp: Language, speaker: str, named: str, may_be: bool
) -> None:
    text = "Ferry talks\n\nMayor Ann Lane and union leader Tom Hale met on Monday.\n"
    article = parse_text(text, article_id="talks")
    ctx = Context(article, analyze_article(article, nlp))
    assert ctx._may_be(speaker, named) is may_be


def test_no_one_is_asked_for_a_view_another_choice_is_told_holding_too(nlp: Language) -> None:
    prompts = _views_asked(
        nlp,
        "Councillor Ann Marsh said the sale was a fair price for the town.",
        "Councillor Tom Avery said the full report should be published.",
        "Local historian Ben Okafor renewed calls for the publication of the full report.",
    )
    # Ben Okafor, a choice beside it, wants the report published too: which one said it?
    assert "Ann Marsh" in prompts
    assert "Tom Avery" not in prompts


def test_the_timeline_orders_dated_events_not_positions(nlp: Language) -> None:
    article = parse_text(MUSEUM.text, article_id="museum")
    questions, _ = generate_questions(article, analyze_article(article, nlp), seed=0)
    orderings = [q for q in questions if q.type is QuestionType.ORDERING]
    assert [q.prompt for q in orderings] == [
        "Put these events in the order they happened, earliest first."
    ]


@pytest.mark.parametrize(
    ("prompt", "list_item", "in_name"),
    [
        (f"Its coins will go on tour to Leeds, {BLANK} and Durham.", True, False),
        (f"Spain, {BLANK} and Portugal signed.", True, False),
        (f"They sailed across the {BLANK} Ocean.", False, True),
        (f"She moved to New {BLANK} City.", False, True),
        (f"They topped the Sound of {BLANK} poll.", False, True),
        (f"The ferry company will cut its fares by {BLANK} from May.", False, False),
        (f"Mr {BLANK} said the cut came too late.", False, False),
    ],
)
def test_blanks_that_give_away_or_ask_trivia(prompt: str, list_item: bool, in_name: bool) -> None:
    assert blanks_list_item(prompt) is list_item
    assert blanks_part_of_name(prompt, {"Mr"}) is in_name


def test_a_detail_pinned_to_an_hour_of_the_day_is_no_wrong_choice(nlp: Language) -> None:
    text = """Kelby Bank Profits Soar

Kelby Bank has reported record profits, boosted by strong growth at its Brinmouth branches.

At 1405 GMT, the Vallonian crown was trading 0.7% higher at 1.32 crowns to the dollar.

Kelby Bank's online savings arm opened twelve thousand new accounts in the spring, twice as many as a year before.

Vallonia Mutual said it expected its own results to improve in the autumn.

A new branch will open in the village of Portwen in July.
"""
    article = parse_text(text, article_id="bankprofits")
    found = _main_point(Context(article, analyze_article(article, nlp)))
    assert found is not None
    offered = [choice for choice, _, _ in found[2]]
    assert offered and not [c for c in offered if "GMT" in c], offered


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        ("Categories include film, music, digital TV, mobile phones and games.", True),
        ("Past winners include Ana Ruiz and the Kelby Singers.", True),
        ("The Kelby Singers, Ana Ruiz, Portwen Brass and the Harbour Band will all play.", True),
        # A list beside a detail of its own is that detail.
        (
            "Ticket sales at the festival rose by a fifth, helped by Ana Ruiz, Tom Lee and Bo.",
            False,
        ),
        ("Portwen Brass were added to the bill after the Harbour Band pulled out.", False),
        ("The Kelby Singers were included in the line-up after a late change.", False),
        ("The deal includes a payment to every member of the ferry crews.", False),
    ],
)
def test_a_sentence_that_only_lists_a_set_is_no_wrong_choice(sentence: str, listed: bool) -> None:
    assert _a_list(sentence) is listed


@pytest.mark.parametrize(
    ("detail", "same"),
    [
        # The lead's rise again, with its figure.
        ("Applications from Portwen rose by 17% to 2,700.", True),
        ("Ticket sales at the Kelby festival climbed to 40,000, up from 31,000.", True),
        # Another thing that rose, or the same thing going the other way.
        ("Hotel prices in Kelby rose by a tenth over the summer.", False),
        ("Applications from Portwen fell by 3% in the spring.", False),
        ("Applications for the spring term rose, but those for the summer fell.", False),
    ],
)
def test_a_detail_telling_the_lead_s_change_again_is_the_same_news(detail: str, same: bool) -> None:
    lead = (
        "A rise was recorded in the number of students applying to the Kelby festival"
        " school, whose ticket sales have also risen."
    )
    assert _same_change(detail, lead) is same


def test_a_lead_longer_than_every_detail_is_asked_in_the_student_s_words(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Kelby harbour reopens\n\n"
        "The harbour at Kelby, closed for three months after winter storms wrecked its sea wall,"
        " has reopened to fishing boats and ferries.\n\n"
        "Ana Ruiz showed paintings of the old lighthouse and the cliffs at a small gallery in"
        " Portwen.\n\n"
        "The Kelby Gazette raised twelve thousand pounds for the families of local fishermen and"
        " the crews of their boats.\n\n"
        "The Brinmouth boatyard builds small wooden yachts and employs three hundred people from"
        " the valley.\n"
    )
    article = parse_text(text, article_id="kelbyharbour")
    ctx = Context(article, analyze_article(article, nlp))
    # Three details would do as wrong choices, but the lead, a ninth longer than the longest,
    # is the one long, general statement among them: it would be picked for its length.
    found = _main_point(ctx)
    assert found is not None and found[2] == []
    monkeypatch.setattr(main_idea, "_OUTLONG", 0)
    found = _main_point(ctx)
    assert found is not None and len(found[2]) == 3


def test_a_wrong_choice_opening_on_a_thing_named_before_is_not_offered(nlp: Language) -> None:
    text = """Harbour Show Moves

Kelby Radio's Harbour Show will move from Fridays to Sundays in the spring.

Kelby Radio lost a fifth of its Friday listeners to Brinmouth FM and other stations last year.

Brinmouth FM will launch a new evening news programme for listeners in the valley in May.

The businessman who owns Brinmouth FM has bought two more stations in the north of the country.

The winner of the Kelby Radio song contest will be named at a dinner in the old town hall in June.
"""
    article = parse_text(text, article_id="harbourshow")
    found = _main_point(Context(article, analyze_article(article, nlp)))
    assert found is not None
    offered = [choice for choice, _, _ in found[2]]
    # "The businessman", "The winner": on their own, beside three other choices, who?
    assert not [c for c in offered if c.startswith("The ")], offered


def _details(nlp: Language, text: str, article_id: str) -> list[str]:
    """The narrower details a main-idea question may offer beside the lead of `text`."""
    article = parse_text(text, article_id=article_id)
    ctx = Context(article, analyze_article(article, nlp))
    found = _main_point(ctx)
    assert found is not None
    return [text for text, _, _ in _narrow(ctx, found[0], found[1], random.Random(0))]


def test_a_sentence_on_it_turned_round_is_no_wrong_choice(nlp: Language) -> None:
    text = """Harbour Painting Stays

A painting of Kelby harbour will stay in the town museum after a campaign by residents.

The painting was sold at auction for £2m in 2001 to a collector in Brinmouth.

It was bought by a London dealer who sold it on to a collector in Spain.

The museum raised £1m from residents in the first month of its campaign.

The council will pay for a new frame and a glass case for the painting in the spring.
"""
    details = _details(nlp, text, "harbourpainting")
    # "A London dealer ... bought it": what the dealer bought, the choice does not say.
    assert not [d for d in details if "bought it" in d]


def test_the_sentence_naming_whom_the_lead_describes_is_no_wrong_choice(nlp: Language) -> None:
    text = """Brinmouth Lines names new chief

Brinmouth Lines has named a lifetime employee to run its operations after Peter Holt,\
 its boss, retires in May.

As chief operating officer, Helen Marsh will run the ferries on a daily basis,\
 although Mr Holt will stay on as chairman.

Passenger numbers on the Kelby crossing rose to 2.1 million last year.

A shipyard in Norway is building four new boats for the Kelby crossing.

Kelby council will pay for a new ticket office at the quay in the spring.
"""
    article = parse_text(text, article_id="ferrychief")
    ctx = Context(article, analyze_article(article, nlp))
    found = _main_point(ctx)
    assert found is not None
    assert "named Helen Marsh, a lifetime employee, to run" in found[1]
    # "Helen Marsh will run the ferries" is the summary's news again, not a narrower detail.
    details = _details(nlp, text, "ferrychief")
    assert details
    assert not [d for d in details if "Helen Marsh" in d]


def test_a_remark_told_with_its_speaker_after_it_is_no_wrong_choice(nlp: Language) -> None:
    text = """Fresh hope for Kelby docks

Three years after Kelby's docks were hit by a long strike, there is fresh hope.

The docks handled 40,000 containers last year, up from 12,000 in 2002, according to the\
 harbour board. Real losses have been suffered and somebody has to pay, observed Tom Reddy,\
 adviser to the IMF's managing director, Ann Lane.

Angry crowds of dockers took to the streets of Kelby where dozens of people were hurt in\
 clashes with the police.

Ferry operator Brinmouth Lines has moved its offices back to Kelby harbour from Brinmouth.
"""
    details = _details(nlp, text, "harbourtrade")
    assert details
    # "..., observed Tom Reddy, adviser to ...": his remark, not a detail of the news.
    assert not [d for d in details if "observed" in d]


def test_beside_news_in_the_article_s_words_one_view_at_most_is_a_wrong_choice(
    nlp: Language,
) -> None:
    text = """Kelby Ferry Chip Unveiled

Details of the engine designed to power Kelby's new island ferry will be released in Brinmouth.

Marine analyst Tom Reddy said that the design could be sold to shipping firms across the whole of Europe.

Shipyard chief Ann Lane noted that the current boats were nearing the end of their working lives.

Harbour master Rob Hale said that every vessel in the bay would one day run on the same design.
"""
    details = _details(nlp, text, "ferrychip")
    # Three views beside the one statement of news would give the key away by its form,
    # whichever word tells them.
    assert len([d for d in details if re.search(r" (?:said|noted) that ", d)]) == 1


def test_a_detail_naming_the_lead_s_people_in_full_is_the_same_news(nlp: Language) -> None:
    text = """Harbour Singer to Wed

Pop star Carla Mendes will marry ferry captain Tom Reddy, the singer's agent has confirmed.

Reddy proposed to singer Mendes on holiday at an undisclosed island in the south.

Mendes reached number one in the UK with her debut song Harbour Lights in 1999.

The singer's agent said that no wedding plans had been set yet.

Reddy has captained the Kelby ferry for ten years and won an award for bravery.
"""
    details = _details(nlp, text, "harbourwed")
    assert details
    # Told with both names in full, the proposal is the engagement again, not a detail.
    assert not [d for d in details if "proposed" in d]


def test_a_statement_opening_on_the_story_of_a_film_points_back() -> None:
    from studyguide.generation.writing_words import DESCRIPTIONS

    assert points_back("The story unfolds through the eyes of a young boy.", [], DESCRIPTIONS)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("The firm is appealing the ruling.", True),
        ("Syria strongly opposed that invasion, Assad said.", True),
        ("I doubt it was the best song of the year.", True),
        ("Best song in 25 years, you must be joking.", True),
        ("Helen Marsh said that she would stay.", False),
        ("The museum opened in 1911 and was extended in 1968.", False),
        ("He said the work would start soon.", True),
        ("Helen Marsh said that it was aware of the site.", True),  # what is "it"?
        ("Liverpool and Millwall were charged over trouble at their match.", False),
        ("Mr Marsh's e-mail suggested they should resign.", True),  # one man: who are they?
        ("A plan to hold it in Brinmouth was dropped in May.", True),  # hold what?
        # "it" as what someone expects to do something is not the one who expects it.
        ("The Kelby consortium expects it to be ready by May.", True),
        ("Kelby Sports said that more players are capable of it now.", True),  # of what?
        ("Brinmouth Rovers made it to the final in May.", False),
        ("The American could meet Rusedski in the second round.", True),  # which American?
        ("The 23-year-old won the title in straight sets.", True),
        ("Serena Williams will open against another Frenchwoman.", True),
        ("The American Red Cross said that it had sent blankets.", True),
        ("The American Red Cross sent 5,000 blankets to the valley.", False),
        ("The Italian government fell after a vote of confidence.", False),
        ("Only 15% are actually recycled.", True),  # 15% of what?
        ("Of the two games, Pacific Assault gets more things right.", True),
        ("Roger Federer was not about to lose his cool, though.", True),
        ("Helen Marsh said that people here are not fans of the plan.", True),  # where?
        ("Economists speculated that it might allow more spending.", True),  # what might?
        ("Soon after, the young reporter was bitten by a spider.", True),  # after what?
        ("Shares had fallen 6% on the news.", True),  # which news?
        ("Months of talks ended on Friday with a deal on fishing.", False),
        # "she" after two people: which of them?
        ("Helen Marsh and Owen Pryce agree she should stay.", True),
        ("Owen Marsh said he would stay.", False),  # not Helen Marsh: his name is in full
        ("Police arrested the 30-year-old at the harbour.", True),  # who is that?
        # A description of something named before, after a name or a describing word.
        ("The Ashford council firm won the contract.", True),
        ("The new firm opened in May.", True),
        ("The Swedish firm, the largest in Europe, will move ten plants.", True),
        ("The firm of Marsh and Pryce opened in May.", False),  # says which firm
        ("The Firm Foundation opened in May.", False),  # a name
        ("The rise in firm orders helped exports.", False),  # not its subject
        # Further in: which company, hours after what, meanwhile beside what, what is "it"?
        ("By the end of March the company hopes to reach 1,000 stores.", True),
        ("Hours earlier, reports said the envoy was at the airport.", True),
        ("Across Europe, meanwhile, firms are moving to new rules.", True),
        ("At 3km/h, it is closer to a jog.", True),
        ("There is one exception: firms in Spain are gloomy.", True),
        ("Shell said the band Coldplay would play at the launch.", False),
        ("Who said: “The evidence is good”?", False),
        ("The agency said that the number could grow to 4 million by 2021.", True),  # of what?
        ("The number of drones could grow to 4 million by 2021.", False),
        ("Even so, the game sold 40,000 copies in its first week.", True),  # even so what?
        ("Fans will then vote for the winner on the Radio 1 website.", True),  # after what?
        ("Photographer Jim de Booy then goes on the run.", True),  # after what?
        ("The third was alleged to have been missed in May.", True),  # third what?
        ("The third round was played in May.", False),
        ("Sessions announced the policy in April.", True),  # which policy?
        ("Almost one in five people under 30 have one.", True),  # one what?
        ("Neil Herron said that the reality was that it would not work.", True),  # what?
        ("Ann Hale said that there was a whiff of a sweetener in there.", True),  # in what?
        ("The Sydney Olympic gold firm says it will appeal.", True),  # which firm?
        ("The report of the panel was late.", False),
        ("The then prime minister John Major agreed.", False),
        ("If prices fall, then firms lose money.", False),
        ("Investors in Italy hold 1% and the remainder were not counted.", True),  # of what?
        ("Finest Hour has a similar determination to please.", True),  # similar to what?
        ("Nonetheless, firms plan to spend more next year.", True),  # despite what?
        ("The result is Racing Academy, a game for schools.", True),  # of what?
        ("The results were better than forecast.", False),
        ("Cathy Jamieson has decided to drop the plans.", True),  # which plans?
        ("Jon Hale said that the end result was wrong.", True),  # of what?
        ("Mark Vaile said that its uranium was a contributing factor.", True),  # to what?
        ("Airbus signed the deal with Boeing.", False),
        ("Asimo has improved in other ways too, walking faster.", True),  # besides what?
        ("Foreign investors will however need government approval.", True),  # unlike what?
        ("Owen Pryce was its best Shakespearean performer.", True),  # whose?
        ("The firms are mostly small.", True),  # which firms?
        ("Crosby denied that the party leader had set a target.", True),  # which leader?
        ("Nokia said its sales rose by a fifth.", False),
        ("Imports rose by more than 800%, it said.", True),  # who?
        ("The people there need practical help.", True),  # where?
        ("Why would the party's scheme help buyers?", True),  # which party?
        ("We cannot let that sum of money go.", True),  # who are "we"?
        ("By then phones will be printed on to wrists.", True),  # by when?
        ("The huge number was revealed by researchers.", True),  # of what?
        ("The total number of ferries rose.", False),
        ("Not only that, but most of the side will tour.", True),  # besides what?
        ("Helen Marsh joined her on stage.", True),  # not Helen Marsh: someone else
        ("Helen Marsh praised her crew.", False),  # her own
        ("Owen Pryce says more would be coming.", True),  # more what?
        ("The Australian world number three won the first five games.", True),  # who?
        ("Helen Marsh met fans of both clubs to discuss the issue.", True),  # which?
        ("Tim Kash has since been replaced as host.", True),  # since what?
        ("Helen Marsh raised the issue of fares.", False),
        ("Resident Owen Pryce said families like mine could not pay.", True),  # whose?
        ("The film's three other awards are for music and sound.", True),  # other than?
        ("On the other hand, fares fell in May.", False),
        ("Owen Pryce argued that the time had come for such shortlists.", True),  # which?
        ("Owen Pryce praised ports such as Brinmouth.", False),
        ("Democrats pushed for a law to address the problem.", True),  # which problem?
        ("More must be done to care for those living with HIV.", False),
        ("Owen Pryce said those who left early missed the final.", False),
        ("Aid went to those affected by the floods.", False),
        ("Owen Pryce said those plans were too costly.", True),  # which plans?
        ("Prices were higher than those.", True),  # than what?
        ("Who said that the pubs should not all close at the same time?", False),
        ("Owen Pryce said that the same rules would apply.", True),  # as what?
        ("Who said that the console was part of his vision?", False),  # the one asked about
        ("Who said that Helen Marsh had lost her place?", False),
        ("Who said that they would appeal?", True),  # who are they?
        ("Who Says No campaign said that he was not convinced?", True),  # a name, then who?
        ("The minister said that his plan would work.", True),  # which minister?
    ],
)
def test_statements_that_cannot_stand_alone(text: str, leans: bool) -> None:
    assert points_back(text, ["Helen Marsh", "Owen Pryce", "Owen Marsh"], {"firm"}) is leans


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Matt Wrack said that the government would cut pensions.", True),
        ("Matt Wrack said that the firm would cut pensions.", False),  # which?
        ("The rationale is similar to the one behind the last deal.", False),  # for what?
        ("Matt Wrack said that the child could use the laptop as a book.", False),  # which?
    ],
)
def test_descriptions_a_reader_knows_and_does_not(nlp: Language, text: str, alone: bool) -> None:
    article = parse_text("Pension Row\n\nFirefighters will strike next month.\n", article_id="row")
    ctx = Context(article, analyze_article(article, nlp))
    assert ctx.stands_alone(text) is alone


def test_generating_again_with_another_seed_adds_no_second_question_on_a_fact(
    nlp: Language,
) -> None:
    article = parse_text(FERRY.text, article_id="ferry")
    analysis = analyze_article(article, nlp)
    first, _ = generate_questions(article, analysis, count=6, seed=0)
    ctx = Context(article, analysis)
    held = {q.id for q in first}
    for seed in range(1, 6):
        again, report = generate_questions(article, analysis, count=6, seed=seed, asked=first)
        new = [q for q in again if q.id not in held]
        # Only what the first bank left room for, and the bank stays within the count.
        assert len(first) + len(new) == report.produced <= 6
    more, _ = generate_questions(article, analysis, count=25, seed=9, asked=first)
    new = [q for q in more if q.id not in {q.id for q in first}]
    used = {ctx.sentence_of(e.start) for q in first for e in q.evidence}
    assert not [q for q in new if {ctx.sentence_of(e.start) for e in q.evidence} & used]
    assert len(first) + len(new) <= 25


def test_selection_is_a_ceiling_not_a_quota(nlp: Language) -> None:
    article = parse_text(MUSEUM.text, article_id="museum")
    analysis = analyze_article(article, nlp)
    ctx = Context(article, analysis)
    chosen = select(ctx, [], 25, random.Random(0)).questions
    assert chosen == ()


def test_one_event_over_a_span_of_years_is_one_item(nlp: Language) -> None:
    text = """Budget Gap Grows Again
WASHINGTON (Capital Wire) — The budget deficit hit a record $412bn in the 12 months to September 2004, the Congressional Budget Office said.
The Treasury sold $348bn of new bonds in 2003 to cover the gap.
Congress raised the debt limit by $855bn for the years 2006 to 2015.
Congress first set a limit on federal borrowing in 1917 during the war.
"""
    article = parse_text(text, article_id="budget")
    ctx = Context(article, analyze_article(article, nlp))
    make = next(g.make for g in GENERATORS if g.name == "event-years")
    (candidate,) = make(ctx)
    items = [p.left for p in candidate.question.pairs]
    assert len(items) == len(set(items)) == 3, items


def test_paragraphs_are_counted_as_a_reader_counts_them(nlp: Language) -> None:
    text = """'Fido' to be taken off vote lists

The risk of pets being given votes could be cut by changing how people register, the watchdog said.

Voters need to register by 11 March if the next poll is on 5 May as expected.
"""
    article = parse_text(text, article_id="fido")
    ctx = Context(article, analyze_article(article, nlp))
    # The headline, quote mark and all, is no paragraph: the second one is the second.
    assert article.title == "'Fido' to be taken off vote lists"
    assert ctx.paragraph_number(text.index("Voters")) == 2


def test_a_feature_s_hook_is_not_its_lead(nlp: Language) -> None:
    text = """Phones Learn To Show The Radio
The growth of the mobile phone has been astonishing, but talking is not the only reason we are hooked.
Cameras and games have been added to our handsets in the last few years.
Nokia is testing a service called Visual Radio that adds pictures to FM broadcasts on phones.
Virgin Radio will be the first station in the UK to use it.
"""
    article = parse_text(text, article_id="hook")
    first = lead(Context(article, analyze_article(article, nlp)))
    assert first is not None and first.text.startswith("Nokia is testing")


@pytest.mark.parametrize(
    ("text", "news"),
    [
        # The opening sets a scene; the story turns to its news a sentence later.
        (
            """Web Radio Takes Folk Abroad
Folk music is popular across the valleys, but local bands struggle to sell their work abroad.
But now, a Cardiff company is streaming Welsh folk songs to listeners around the world.
The company signed 40 bands in its first month.
""",
            "But now, a Cardiff company",
        ),
        # An opening that tells only how things seemed is overturned by what follows: no
        # sentence stands for the story alone, and none is offered as its summary.
        (
            """Investors Shrug Off Ferry Fire
As the ferry limped back to port on Monday, the pictures seemed to tell a tale of disaster.
The owner faced a large repair bill and a slice cut from its profits.
No-one, however, seems to have told the stock market.
Its shares closed down a single penny.
""",
            None,
        ),
        # So is one that tells how things seem now: an essay opens on the view it argues
        # against.
        (
            """Kelby Not All Doom
Kelby seems to be going through a long spell of gloom, with its pier shut and its ferry sold.
Yet the town has much to be proud of.
Its harbour is busier than it has been for twenty years.
""",
            None,
        ),
        # An opening that bids the reader do something is a hook.
        (
            """Phone Gig Aims High
Forget about going to a crowded hall to hear the latest folk band.
Now you could also be at a live gig on your mobile phone.
Folk band Sea Fever are playing the first concert broadcast by phone from a Kelby pub.
The gig will last 45 minutes.
""",
            "Folk band Sea Fever",
        ),
        # So is one that supposes, and a note put above the story.
        (
            """Fares Row
If the ferry could make money, the council would keep it.
Kelby council voted on Tuesday to sell the island ferry to a private firm.
The sale will raise about £2m.
""",
            "Kelby council voted",
        ),
        (
            """Ferry Sale
UPDATE: The firm has since withdrawn its offer for the island ferry.
Kelby council voted on Tuesday to sell the island ferry to a private firm.
The sale will raise about £2m.
""",
            "Kelby council voted",
        ),
        # So is the publication telling what its pages hold.
        (
            """Ferries Come Of Age
The Kelby News website takes a look at how the island's ferries are changing.
Kelby council bought two electric ferries for the island service on Tuesday.
The ferries will carry 200 passengers each.
""",
            "Kelby council bought",
        ),
        # A saying is a hook: the news follows it.
        (
            """Markets Shrug Off Storm
The market, a former minister once said, has no morality.
Traders across Asia wasted little time regretting the damage of this week's storm.
Shares in Tokyo closed higher on Friday.
""",
            "Traders across Asia",
        ),
        # The news that bears the saying out, told with "And indeed", is the lead.
        (
            """Markets Shrug Off Storm
The market, a former minister once said, has no morality.
And indeed, traders across Asia wasted little time regretting the damage of this storm.
Shares in Tokyo closed higher on Friday.
""",
            "And indeed, traders across Asia",
        ),
        # A plain "But" after a lead is the story going on.
        (
            """Prices Rise Fastest In Six Years
Wholesale prices in the US rose at the fastest rate in six years in January, officials said.
But core prices, which exclude food and fuel, rose by 0.8%.
""",
            "Wholesale prices",
        ),
        # Nor is a "however" after a lead that gives the day of its news.
        (
            """Ferry Help Widened
Kelby council announced plans on Tuesday to widen the help it gives island ferry users.
The changes will not apply to everyone who uses the ferry.
They will, however, halve the fare for pupils and pensioners.
""",
            "Kelby council announced",
        ),
        # A lead may open on "This year's" or "It is": only a "then" leans back.
        (
            """Ferry Budget
This year's harbour budget will cut every ferry fare by a third, Kelby council said.
The cut will cost the council about £2m.
""",
            "This year's harbour budget",
        ),
        # A sentence leaning on the hook before it ("Then", "By then") is no lead either:
        # it goes on with the hook's one prediction, not the story's point.
        (
            """When Ferries Fly
Waiting for your ferry at the quay will one day seem quaint to you.
Then ferries will fly over the estuary on wings of light, says Kelby's planner Ann Lane.
The council has set aside money to study the idea next year.
""",
            None,
        ),
        (
            """When Ferries Fly
In 2030, waiting for your ferry at the quay will seem quaint to you.
By then ferries will fly over the estuary on wings of light, says Kelby's planner Ann Lane.
The council has set aside money to study the idea next year.
""",
            None,
        ),
        # An opening that only states how things stand is background: the "But" right
        # after it turns to the news.
        (
            """Ferry Fares Cut
Ferry fares in Kelby are the highest in the country and have risen every year since 2010.
But Kelby council voted on Tuesday to cut every ferry fare by a third from May.
The cut will cost the council about £2m.
""",
            "But Kelby council voted",
        ),
        # A turn that only heralds the news, in someone's words, leaves it to the next
        # paragraph, which may tell it only in passing.
        (
            """Ferry Budget Passed
Ferry fares in Kelby are the highest in the country, leading to what islanders call a scandal.
But the end of that scandal began on Tuesday, councillor Ann Lane told the Kelby Times.
A budget that passed Kelby council by 30 votes to 2 "puts the island back within reach of everyone," Lane said.
The cut will cost the council about £2m.
""",
            "A budget that passed",
        ),
        # Nor is one that goes on from a hook with "But" or "And".
        (
            """Rovers v United
Who will win?
But defender Ali Kent is suspended and could be replaced by Tom Rees if he recovers from injury.
Rovers boss Dan Hale said his side would attack from the first whistle.
""",
            None,
        ),
    ],
)
def test_the_lead_is_where_the_story_turns_to_its_news(
    nlp: Language, text: str, news: str | None
) -> None:
    article = parse_text(text, article_id="turn")
    first = lead(Context(article, analyze_article(article, nlp)))
    if news is None:
        assert first is None
    else:
        assert first is not None and first.text.startswith(news)


def test_news_told_only_in_passing_is_the_main_idea(nlp: Language) -> None:
    text = """Ferry Budget Passed
Ferry fares in Kelby are the highest in the country, leading to what islanders call a scandal.
But the end of that scandal began on Tuesday, councillor Ann Lane told the Kelby Times.
A budget that passed Kelby council by 30 votes to 2 "puts the island back within reach of everyone," Lane said.
The cut will cost the council about £2m.
"""
    article = parse_text(text, article_id="passing")
    questions, _ = generate_questions(article, analyze_article(article, nlp), count=10)
    main = [q for q in questions if "main idea" in q.tags]
    assert [q.answer for q in main] == ["A budget passed Kelby council by 30 votes to 2."]


def test_news_told_in_passing_of_a_thing_named_before_is_not_told_alone(nlp: Language) -> None:
    text = """Harbour Closed
Islanders in Kelby are angry.

The decision, which closed the harbour for a week, cut the income of every family on the island, Ann Lane said.
"""
    article = parse_text(text, article_id="passing")
    ctx = Context(article, analyze_article(article, nlp))
    told = ctx.analysis.in_passing
    assert [r.text for r in told] == ["The decision closed the harbour for a week."]
    assert ctx.told_in_passing(told[0].sentence) is None


def test_main_idea_choices_neither_retell_the_lead_nor_each_other(nlp: Language) -> None:
    text = """Devon Acts Shine At Music Awards
LONDON (Arts Desk) — Devon singer Joss Stone and the rock band Muse were the big winners at a music awards ceremony held in London's Earls Court on Wednesday night.
Seventeen-year-old Stone, from near Exeter, won two awards, for best female singer and best urban act.
Muse beat four other bands to the prize for the best live act.
The ceremony first took place in 1977 at the Wembley Conference Centre.
Tickets for the 1977 show cost less than a pound each.
Organisers said the night raised money for a children's hospital in Bristol.
The Earls Court hall holds about 19,000 people when the seats are laid out.
Several hundred fans waited outside the hall in the rain for autographs.
"""
    wrong = _wrong_choices(text, nlp)
    # Not the lead's own person doing the lead's own thing again ...
    assert not [c for c in wrong if "Stone" in c], wrong
    # ... and not one year twice, as two choices a student strikes out together.
    assert len([c for c in wrong if "1977" in c]) <= 1, wrong


@pytest.mark.parametrize(
    ("detail", "headlined"),
    [
        # The survey's finding in the headline's own words: as good a summary as the lead.
        ("Shoppers care far more about the comfort of a shoe than about its price.", True),
        ("The survey asked 4,000 shoppers in six cities what they looked for.", False),
        # As much of the headline as the lead says is not more.
        ("Trainers sold in shops cost more than those sold online.", False),
    ],
)
def test_no_wrong_choice_says_more_of_the_headline_than_the_answer(
    nlp: Language, detail: str, headlined: bool
) -> None:
    text = """Comfort 'Matters More Than Price' Of Trainers

Cheaper trainers alone will not win back the shoppers that sports retailers have lost, a survey suggests.
"""
    article = parse_text(text, article_id="trainers")
    ctx = Context(article, analyze_article(article, nlp))
    first = lead(ctx)
    assert first is not None
    answer = main_idea.statement(ctx, first)
    assert answer is not None
    assert main_idea._headlined(ctx, answer)(detail) is headlined


def test_main_idea_choices_do_not_retell_what_the_lead_says_of_a_club(nlp: Language) -> None:
    text = """Clubs Charged After Cup Trouble
Brinmouth Rovers and Vallonia United were charged by the Football Association over crowd trouble during their cup match on Tuesday.
Vallonia United were charged with two breaches of the association's rules.
Seats were ripped up and four people were ejected from the ground.
The match was shown live on national television to about two million viewers.
The new stand at the ground was opened by the mayor of Brinmouth in 2019.
Police made six arrests after the final whistle in the streets around the ground.
"""
    # With one wrong choice left, no main-idea choice rather than one that retells it.
    offered = _wrong_choices(text, nlp)
    assert not [c for c in offered if c.startswith("Vallonia United were charged")]


def test_a_sentence_never_starts_right_after_a_word(nlp: Language) -> None:
    text = """Kennedy Questions Trust
Lib Dem leader Charles Kennedy has said voters now have a "fundamental lack of trust" of Tony Blair as prime minister.
"""
    article = parse_text(text, article_id="libdem")
    first = lead(Context(article, analyze_article(article, nlp)))
    assert first is not None and first.text.startswith("Lib Dem leader Charles Kennedy")


def test_main_idea_choices_are_details_cut_to_their_claim(nlp: Language) -> None:
    text = """Jobless Rate Falls In Vallonia

The jobless rate in Vallonia fell to its lowest level in three years in December, the statistics office said.

The rate was 9.6% in December, down from 10.2% in November.

But unemployment among young people remains high at about 20%.

Farm workers, 25, held a protest march in the capital on Friday.

Vallonian Tourism said that visitor numbers from abroad would rise by a tenth next year, helped by new flights to the coast.

Kelby opened a new bridge over the Kel river in May after six years of work.

Switzerland v Vallonia; Austria v Italy.
"""
    main = _main_choice(nlp, text, "jobs")
    assert main.answer.startswith("The statistics office said that the jobless rate in Vallonia")
    assert "Unemployment among young people remains high at about 20%." in main.choices
    # An aside cut from inside a sentence may break its grammar: such a sentence is no choice.
    assert not any("Farm workers held" in choice for choice in main.choices)
    assert not any(" v " in choice for choice in main.choices)


def test_a_story_told_in_quotes_gets_its_main_idea_from_reported_views(nlp: Language) -> None:
    text = """Harbour Ferry Fares Cut

The Brinmouth harbour ferry will cut its fares by a third from March, the operator announced on Monday.

"We listened to the people who use the boats every day," said Carla Mendes, the operator's director.

Councillor Tom Okafor said the cut was long overdue. "Families were paying far too much," he said.

He said that the ferry had lost almost half of its passengers to the new road bridge since 2019.

Mendes said that two new boats would join the fleet next summer. "They are quieter and cleaner," she added.
"""
    main = _main_choice(nlp, text, "ferryfares")
    # Told as a summary tells it: who announced it first, with no "on Monday".
    assert main.answer == (
        "The operator announced that the Brinmouth harbour ferry will cut its fares by a"
        " third from March."
    )
    wrong = [c for c in main.choices if c != main.answer]
    # "the ferry" named as the lead named it: read alone, a choice must say which ferry.
    assert any(
        c.startswith("Tom Okafor said that the Brinmouth harbour ferry had lost") for c in wrong
    )


def test_a_quoted_sentence_is_a_statement_and_another_speaker_makes_it_false(
    nlp: Language,
) -> None:
    text = """Town Library To Reopen

The Millbrook library will reopen in June after a two-year repair, the town council said on Tuesday.

"The new reading room is twice the size of the old one," said Ana Ruiz, the head librarian.

But Councillor Peter Walsh criticised Ms Ruiz, saying the repairs had cost far more than planned.

"I am delighted with the result," said Ruiz.
"""
    article = parse_text(text, article_id="library")
    ctx = Context(article, analyze_article(article, nlp))
    statements = {c.question.prompt: c.question for c in quote_statement(ctx)}
    # Told back as true, the words would be matched, not understood: only the false form.
    assert "Ana Ruiz said that the new reading room was twice the size of the old one." not in (
        statements
    )
    false = statements[
        "Peter Walsh said that the new reading room was twice the size of the old one."
    ]
    assert false.answer == FALSE
    assert false.altered == "speaker: Ana Ruiz → Peter Walsh"
    # Words said as "I" are not turned into someone else's.
    assert not any("delighted" in prompt for prompt in statements)
    # The role of the one set against the speaker would tell their side: the name alone.
    titled = parse_text(text.replace("Councillor Peter", "Finance Director Peter"), "library")
    ctx = Context(titled, analyze_article(titled, nlp))
    assert "Peter Walsh said that the new reading room was twice the size of the old one." in {
        c.question.prompt for c in quote_statement(ctx)
    }
    # Where the article does not set the two apart, either might hold the view: no swap.
    allies = parse_text(text.replace("criticised", "thanked"), article_id="library")
    ctx = Context(allies, analyze_article(allies, nlp))
    assert [c.question.altered for c in quote_statement(ctx) if c.question.altered] == []


def test_a_claim_is_told_without_the_writers_comment_after_a_dash(nlp: Language) -> None:
    text = """Ferry Fares

Brinmouth's mayor Jane Tully said that the fares were entirely up to the operator - a signal which the operator took as leave to raise them.
"""
    article = parse_text(text, article_id="fares")
    ctx = Context(article, analyze_article(article, nlp))
    (claim,) = ctx.analysis.claims
    said = reported_claim(ctx, claim)
    assert said is not None
    assert said[2] == "the fares were entirely up to the operator"


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # Two claims tied together: the first is the one to judge.
        (
            "Mayor Jane Tully said that the harbour needed a new ferry rather than a bridge,"
            " and a balanced view of the costs was important.",
            "the harbour needed a new ferry rather than a bridge",
        ),
        # Two subjects of one verb, the first with an aside: one claim.
        (
            "Mayor Jane Tully said that the new pier, where the ferry docks, and the summer"
            " fair had brought the visitors back.",
            "the new pier, where the ferry docks, and the summer fair had brought the"
            " visitors back",
        ),
        # A linking word cut from the opening takes no letter of the next word with it.
        (
            "Instead, the new Ferry Act could help cut fares, Mayor Jane Tully argued.",
            "the new Ferry Act could help cut fares",
        ),
        # The last item of a list is no second claim.
        (
            "Mayor Jane Tully said that fares, timetables, and the new pier will be reviewed.",
            "fares, timetables, and the new pier will be reviewed",
        ),
    ],
)
def test_a_claim_is_told_as_one_claim(nlp: Language, sentence: str, told: str) -> None:
    article = parse_text(f"Ferry Fares\n\n{sentence}\n", article_id="fares")
    ctx = Context(article, analyze_article(article, nlp))
    (claim,) = ctx.analysis.claims
    said = reported_claim(ctx, claim)
    assert said is not None
    assert said[2] == told


def test_a_claim_the_parser_cut_to_a_phrase_is_not_told(nlp: Language) -> None:
    sentence = (
        "The Tories also claim that of the £750m the mayor pledged in 2000 to spend on the"
        " pier, only £41m had been spent."
    )
    article = parse_text(f"Ferry Fares\n\n{sentence}\n", article_id="fares")
    ctx = Context(article, analyze_article(article, nlp))
    for claim in ctx.analysis.claims:
        said = reported_claim(ctx, claim)
        assert said is None or not said[2].startswith("of "), said


def test_the_view_of_whom_the_lead_is_about_is_no_wrong_choice(nlp: Language) -> None:
    text = """Mayor Vows To Rebuild Pier

Mayor Jane Tully has promised to rebuild the old Brinmouth pier within two years of the storm.

The pier was closed after waves tore away a third of its deck.

Jane Tully said that the town could not afford to lose its best-known landmark.

Traders on Marine Parade have seen fewer visitors since the closure in the winter.

The Seaview Trust, set up by residents, has raised £20,000 for new benches along the seafront.
"""
    main = _main_idea(nlp, text, "pier")
    assert main.answer.startswith("Mayor Jane Tully promised")
    # Her own view restates the lead: a good reader could defend it as the summary.
    assert not [c for c in _wrong_choices(text, nlp) if "afford to lose" in c]


def test_a_lead_quoting_a_phrase_is_the_main_idea(nlp: Language) -> None:
    text = """Old Town Closes To Cars

The Brinmouth council has banned cars from the old town after finding “dangerous levels” of pollution.

Traders on Marine Parade fear fewer shoppers will visit during the winter months.

The Seaview Trust has raised £20,000 for new benches along the seafront.

Buses to the Harbour Station will run every ten minutes from May.
"""
    main = _main_idea(nlp, text, "old-town")
    assert main.answer.endswith("after finding “dangerous levels” of pollution.")


def test_a_timeline_dates_events_not_bounds_or_forecasts(nlp: Language) -> None:
    text = """Harbour Town Through The Years

Brinmouth harbour has been rebuilt many times in its long history, a new book by a local teacher shows.

The Brinmouth harbour wall was finished in 1890 after a decade of storms had wrecked the old quay.

The first ferry to the islands sailed from the new quay in 1902, carrying mail and sheep.

A fire destroyed the fish market and two warehouses in 1935, and the market moved inland.

Visitor numbers are now at their lowest level since 1971, the harbour board says.

The board has forecast a sharp rise in cruise ship visits in 2027.
"""
    article = parse_text(text, article_id="harbour")
    questions, _ = generate_questions(article, analyze_article(article, nlp), seed=0)
    (timeline,) = [q for q in questions if q.type is QuestionType.ORDERING]
    assert len(timeline.order) == 3
    assert timeline.order[0].startswith("The Brinmouth harbour wall was finished")
    assert not [item for item in timeline.order if "lowest" in item or "cruise" in item]


def test_words_said_by_several_together_are_not_given_to_one_of_them(nlp: Language) -> None:
    text = """Council Split Over Ferry Plan

The island ferry will run twice a day from May, the harbour board said on Monday.

Councillors Ana Ruiz, Tom Avery and Priya Nair said in a joint letter that the plan would leave the north of the island without a service.

Councillors Ana Ruiz, Tom Avery and Priya Nair said: "Families in the north will be cut off from the hospital."

Board chairman Owen Pryce said the timetable would be reviewed in September.

Resident Helen Marsh said families could not afford the higher fares.

Shopkeeper Dan Moore said visitors had stayed away all winter.
"""
    article = parse_text(text, article_id="letter")
    questions, _ = generate_questions(article, analyze_article(article, nlp), count=25, seed=0)
    shown = [
        item
        for q in questions
        for item in (q.prompt, q.answer, *q.choices, *(p.right for p in q.pairs))
    ]
    assert not [item for item in shown if item and "Ana Ruiz said" in item], shown
    assert not [q for q in questions if any("north of the island" in p.left for p in q.pairs)]


@pytest.mark.parametrize(
    ("sentence", "offered"),
    [
        ("It's the latest in a recent trend of films made for very little money.", False),
        ("The Grudge is the latest in a recent trend of films made for very little money.", True),
    ],
)
def test_a_choice_opening_on_it_s_points_back(nlp: Language, sentence: str, offered: bool) -> None:
    article = parse_text(f"Film News\n\n{sentence}", article_id="film")
    ctx = Context(article, analyze_article(article, nlp))
    at = article.text.index(sentence)
    assert (statement(ctx, Span(at, at + len(sentence), sentence)) is not None) is offered


@pytest.mark.parametrize(
    ("lead", "summary"),
    [
        # Who says it comes first, as a summary reports a claim.
        (
            "Support for the ban has fallen in the past six years, a poll suggests.",
            "A poll suggests that support for the ban has fallen in the past six years.",
        ),
        (
            "Prices in Vallonia fell 0.7% in December, according to the statistics office.",
            "According to the statistics office, prices in Vallonia fell 0.7% in December.",
        ),
        (
            "The plot of the new Dan Brown novel is laughable, Bishop Ann Cole has said.",
            "Bishop Ann Cole said that the plot of the new Dan Brown novel is laughable.",
        ),
        # Asides in brackets go; a long summary loses its closing aside.
        (
            "Prosecutors have charged nine suppliers with helping Acme inflate earnings by"
            " $800m (£428m).",
            "Prosecutors charged nine suppliers with helping Acme inflate earnings by $800m.",
        ),
        (
            "A group of more than 70 former federal prosecutors is urging the attorney general"
            " to end the policy of separating families at the border, adding their voice to a"
            " growing chorus calling for an end to a practice that has split thousands of"
            " families.",
            "A group of more than 70 former federal prosecutors is urging the attorney general"
            " to end the policy of separating families at the border.",
        ),
        (
            "The spread of small drones in Vallonia poses a growing threat to its airports,"
            " security officials warned on Wednesday as they pressed parliament to pass a law"
            " letting the police take down suspicious drones.",
            "The spread of small drones in Vallonia poses a growing threat to its airports,"
            " security officials warned.",
        ),
        # Who says it stays last where it points back to the news: "its authors".
        (
            "Web browser Opera 8.0 will be the most accessible browser on the market, according"
            " to its authors.",
            "Web browser Opera 8.0 will be the most accessible browser on the market, according"
            " to its authors.",
        ),
        (
            "Children would be offered free sports training by a future Tory government, the"
            " party has said.",
            "Children would be offered free sports training by a future Tory government, the"
            " party said.",
        ),
        # What a court or an inquiry heard is a claim put to it, told as one.
        (
            "Two Kelby ferry managers were caught running a fake ticket office, an inquiry has"
            " heard.",
            "An inquiry heard that two Kelby ferry managers were caught running a fake ticket"
            " office.",
        ),
        # Without its day it would be too short to sum anything up: as the article words it.
        (
            "Brinmouth Ferries, the town's oldest firm, is celebrating its centenary this week.",
            "Brinmouth Ferries is celebrating its centenary this week.",
        ),
        # A title with a question mark is no question.
        (
            "The band's song Who Needs The Sea? has gone straight in at number one in the"
            " Vallonian chart.",
            "The band's song Who Needs The Sea? has gone straight in at number one in the"
            " Vallonian chart.",
        ),
        # "it has been confirmed" only tells that the news is sure.
        (
            "The Harbour Party will hold its spring conference in Brinmouth, it has been"
            " confirmed.",
            "The Harbour Party will hold its spring conference in Brinmouth.",
        ),
        # "now" after "But" is a linking word too.
        (
            "But now, a Cardiff company is streaming Welsh folk songs around the world.",
            "A Cardiff company is streaming Welsh folk songs around the world.",
        ),
    ],
)
def test_the_summary_is_the_lead_told_as_a_summary(nlp: Language, lead: str, summary: str) -> None:
    article = parse_text(f"News\n\n{lead}", article_id="lead")
    ctx = Context(article, analyze_article(article, nlp))
    at = article.text.index(lead)
    assert statement(ctx, Span(at, at + len(lead), lead)) == summary


def test_a_quoted_description_is_not_asked_for_with_what(nlp: Language) -> None:
    text = """Party Leader Quits

Former host Ray Dorn has quit the Unity Party.

Party leader Sam Knott said the former host had been "quite useful initially", but was more
interested in himself than in the party.
"""
    article = parse_text(text, article_id="quits")
    ctx = Context(article, analyze_article(article, nlp))
    assert not [c for c in phrase_question(ctx) if c.question.prompt.endswith(" been?")]


def test_who_said_it_is_asked_twice_at_most(nlp: Language) -> None:
    text = """Council Votes To Close Pool

The Brinmouth council voted on Monday to close the town's only swimming pool next year.

"We cannot keep paying for a building that loses money every single week," said council leader Ann Bell.

"The children of this town will have nowhere left to learn how to swim safely," said swimming coach Tom Baird.

"Three hundred people signed our petition in a single weekend last month," said campaigner Joe Kerr.

"We will look at every offer that would keep the doors of the pool open," said mayor Rita Lowe.

"The roof alone would cost more than the town spends on its roads in a year," Ms Bell added.

"Our swimmers won four county medals from this pool in the last season," Mr Baird said.

"We will take the petition to the county hall in Kingsbridge next month," Mr Kerr said.

"No private firm has yet offered to run the pool for the town," Ms Lowe said.

"I learned to swim in that pool when I was six years old," said local doctor Sara Finch.

"Closing it would send our patients twenty miles away for their therapy," Dr Finch said.
"""
    article = parse_text(text, article_id="pool")
    questions, _ = generate_questions(article, analyze_article(article, nlp), count=25, seed=0)
    who = [q for q in questions if q.prompt.startswith("Who said")]
    # Five speakers, each quoted twice: who said it twice, on words other than those the
    # matching of speakers shows, each in a paragraph of its own.
    matched = [q for q in questions if q.type is QuestionType.MATCHING]
    assert (len(who), len(matched)) == (2, 1), [q.prompt for q in questions]


def test_main_idea_choices_are_narrow_and_each_of_its_own(nlp: Language) -> None:
    text = """Vallonia Raises Rates

Vallonia is raising its main interest rate to the highest level in six years, despite signs that its economy is slowing down.

The Bank of Vallonia lifted its rate by a quarter of a point to 4.5%, its first rise in over a year.

Shops in Port Alder reported weaker trade than usual over the long winter holidays.

The Alder Museum tried to buy a painting of the old harbour from its owner last spring.

The Alder Museum later raised money to buy the painting, but its owner refused to sell it.

Farmers in Norland have asked the government in Port Alder for help with the rising cost of diesel fuel for tractors and lorries on the farms of the north.

Of the loans the banks made, 40% went to firms, 30% to households and 20% to farms.
"""
    wrong = _wrong_choices(text, nlp)
    # The paragraph after the lead tells the lead's news again: a second summary.
    assert not [c for c in wrong if "quarter of a point" in c], wrong
    # Two details on the same things are struck out together; a list of figures is no summary.
    assert len([c for c in wrong if "Museum" in c]) <= 1, wrong
    assert not [c for c in wrong if "40%" in c], wrong
    assert len(wrong) == 3, wrong


def test_no_aim_the_lead_tells_is_asked_beside_the_main_idea(nlp: Language) -> None:
    text = """Kelby Oil Sues Banks

Kelby Oil has sued four banks for their part in last year's forced Vallonian auction of its oil unit Brinneft.

The firm is seeking damages of more than two billion crowns from the banks, its lawyers said.

Vallonia forced Kelby Oil to sell off Brinneft to pay a tax bill.

Shares in Kelby Oil rose by a tenth on the news in early trading in Port Alder.
"""
    article = parse_text(text, article_id="kelbyoil")
    ctx = Context(article, analyze_article(article, nlp))
    assert [c.question.prompt for c in aims(ctx)] == ["What did Vallonia force Kelby Oil to do?"]
    questions, _ = generate_questions(article, analyze_article(article, nlp), count=25, seed=0)
    # The lead tells of the forced sale: a summary in any words answers the aim again.
    assert [q for q in questions if "main idea" in q.tags]
    assert not [q for q in questions if "aim" in q.tags]


def _wrong_choices(text: str, nlp: Language) -> list[str]:
    """The wrong choices of the main-idea question of a bank made from `text`."""
    article = parse_text(text, article_id="story")
    analysis = analyze_article(article, nlp)
    asked, _ = generate_questions(article, analysis, seed=0, types={QuestionType.MULTIPLE_CHOICE})
    return [c for q in asked if "main idea" in q.tags for c in q.choices if c != q.answer]


@pytest.mark.parametrize(
    ("detail", "background"),
    [
        ("Mr Reyes is a former Welsh international rugby player.", True),
        ("Kelby Oil is the country's third biggest gas producer.", True),
        ("Tom Reyes was the first to see it when the drill struck gas.", False),
        ("Mr Reyes is a former player, but he now runs the firm.", False),
        ("Kelby Oil was given approval to drill two more wells.", False),
    ],
)
def test_a_line_on_who_someone_is_is_no_wrong_choice(detail: str, background: bool) -> None:
    assert bool(_WHO_THEY_ARE.match(detail)) is background


def test_words_written_are_told_as_written(nlp: Language) -> None:
    text = """Harbour Plan Criticised

The Brinmouth harbour plan was criticised on Monday by people who live on the coast road.

"The new quay will double the traffic on the coast road," Ana Ruiz wrote on her blog.
"""
    article = parse_text(text, article_id="quay")
    ctx = Context(article, analyze_article(article, nlp))
    (quote,) = ctx.analysis.quotes
    told = reported_quote(ctx, quote)
    assert told is not None
    assert (
        reported(*told)
        == "Ana Ruiz wrote that the new quay would double the traffic on the coast road"
    )


def test_how_someone_opens_their_words_is_not_what_they_said(nlp: Language) -> None:
    text = """Harbour Year Reviewed

The Brinmouth harbour board has published its review of a stormy year for the port.

"Clearly 2004 was the most difficult year the harbour has ever had," said Ana Ruiz.

"Well over half the boats stayed in port in January," said Owen Pryce.
"""
    article = parse_text(text, article_id="year")
    ctx = Context(article, analyze_article(article, nlp))
    told = [reported_quote(ctx, q) for q in ctx.analysis.quotes]
    prompts = {reported(*t) for t in told if t is not None}
    assert "Ana Ruiz said that 2004 was the most difficult year the harbour had ever had" in prompts
    # "Well over half" is how many, not how it was said.
    assert "Owen Pryce said that well over half the boats stayed in port in January" in prompts


def test_a_phrase_someone_mocked_is_no_view_of_theirs(nlp: Language) -> None:
    text = """Harbour Awards Night

The Brinmouth harbour awards were held on Friday in the town hall.

Introducing the winners, Ana Ruiz teased the mayor, poking fun at "one of the best and most endearingly stubborn men in the whole town". "The harbour has never looked better than it does this year," said Ruiz.

"Our crews worked through every storm of the winter to keep the boats safe," said Peter Walsh.

"The town should be proud of the young sailors who won the race," said Owen Pryce.
"""
    said = _matched(text, "awards", nlp)
    assert said["Ana Ruiz"].startswith("“The harbour has never looked better")


def test_a_statement_opening_on_he_names_him_and_shows_where(nlp: Language) -> None:
    text = (
        "Marathon star visits Leeds\n\n"
        "Runner Mr Dev Patel will race in the Leeds Marathon in April.\n\n"
        "The race starts at the town hall. Runners will come from Paris and Madrid.\n\n"
        "Mr Patel won a race in Berlin in 2003. He was third in London in 2002."
    )
    article = parse_text(text, article_id="patel")
    ctx = Context(article, analyze_article(article, nlp))
    last = ctx.body_sentences()[-1]
    told, named_in = ctx.told(last)
    assert told == "Mr Patel was third in London in 2002."
    assert named_in is not None and named_in.text == "Mr Patel won a race in Berlin in 2003."
    untouched, none = ctx.told(ctx.body_sentences()[-2])
    assert (untouched, none) == ("Mr Patel won a race in Berlin in 2003.", None)
    # The article's own dated event, asked false with another of its places.
    (statement,) = [
        c.question
        for c in article_statement(ctx)
        if c.question.prompt.startswith("Mr Patel was third")
    ]
    assert statement.answer == FALSE and statement.altered == "place: London → Paris"
    assert [e.text for e in statement.evidence] == [named_in.text, last.text]


def test_readers_comments_below_a_report_are_not_asked_about(nlp: Language) -> None:
    report = [
        "Harbour band wins three awards",
        "Local band The Gulls won three prizes at the Harbour Music Awards on Friday.",
        "The band opened the show with their hit Take Your Coat, and thanked their fans.",
        "Singer Ana Ruiz was named best newcomer, and the band Harbour Lights won best group.",
        "The awards were voted for by 40,000 listeners of Harbour Radio this year.",
    ]
    comments = [
        "I'm amazed. Best band of the year? Not for me.",
        "The awards have become a popularity contest for the radio station.",
        "My vote went to Harbour Lights and I stand by it.",
        "You only have to listen to the album once to hear why they won.",
        "We saw them live last spring and they were superb.",
    ]
    text = "\n\n".join(report + comments) + "\n"
    article = parse_text(text, article_id="awards")
    ctx = Context(article, analyze_article(article, nlp))
    asked = [s.text for s in ctx.body_sentences()]
    assert "The awards were voted for by 40,000 listeners of Harbour Radio this year." in asked
    assert not any("popularity contest" in s or "amazed" in s for s in asked)
    # "Take Your Coat", a title, is no reader's voice: the report itself stays.
    assert any("Take Your Coat" in s for s in asked)


def test_a_band_is_no_choice_for_who_said_it(nlp: Language) -> None:
    text = """Harbour Music Awards

Glasgow band Harbour Lights and singer Ana Ruiz won prizes at the Harbour Music Awards.

"I want to thank my family for standing by me all year," said Ruiz, who won best newcomer.

Presenter Owen Pryce said the show had its biggest audience yet. Producer Tom Hale said the
awards would return next spring.

Harbour Lights, the Glasgow band, won best group.
"""
    article = parse_text(text, article_id="awards")
    ctx = Context(article, analyze_article(article, nlp))
    make = next(g.make for g in GENERATORS if g.name == "who-said")
    # Without the band, two people are left to choose from: too few to ask.
    assert not any("Harbour Lights" in c.question.choices for c in make(ctx))


def test_who_said_is_not_asked_of_the_one_who_gives_most_of_the_quotes(nlp: Language) -> None:
    text = """Rovers Chairman Plans Ahead

Kelby Rovers will spend on new players in the summer, the club has promised its fans.

Chairman Tom Reddy set out the plans at the club's annual meeting on Monday.

"We will look for a new striker and a new goalkeeper before the season starts," Reddy said.

"The fans deserve a side that can challenge for promotion next season," Reddy said.

Manager Ann Lane said the squad was already strong enough to finish in the top half.

"Our youth team has produced three first-team players this season," Reddy added.

"Ticket prices will be frozen for another year to thank the supporters," Reddy said.

"We have the money to do it," said club president Sam Ortiz.

Former captain Rob Hale, who retired last year, is now the club's youth coach.
"""
    article = parse_text(text, article_id="rovers")
    ctx = Context(article, analyze_article(article, nlp))
    make = next(g.make for g in GENERATORS if g.name == "who-said")
    # All but one quote are his: a student who scanned for the name that comes up most
    # would pick him without reading.
    assert not [c for c in make(ctx) if c.question.answer == "Tom Reddy"]


def test_the_article_s_own_statement_is_asked_only_as_a_dated_event_moved(nlp: Language) -> None:
    text = (
        "Brinmouth ferry fares cut by a third\n\n"
        "The Brinmouth harbour ferry will cut its fares by a third from March, its operator"
        " announced on Monday.\n\n"
        "Passenger numbers on the Brinmouth ferry have fallen sharply since the new road"
        " bridge opened in 2019, leaving the harbour service with empty seats.\n\n"
        "Councillor Tom Okafor said that the cut would bring families back to the ferry.\n"
    )
    article = parse_text(text, article_id="ferry")
    questions, _ = generate_questions(article, analyze_article(article, nlp), count=10, seed=0)
    statements = [q for q in questions if q.type is QuestionType.TRUE_FALSE]
    # Told back as the article words it, a sentence is matched, not understood; changed,
    # it reads as the test's own invention. Of the article's own, only a dated event is
    # asked, false with another of its places.
    assert not [q for q in statements if "Passenger numbers" in q.prompt]
    assert all(
        {"claim", "quote"} & set(q.tags) or q.altered.startswith("place") for q in statements
    )


FERRY_WITH_DETAILS = (
    "Brinmouth ferry fares cut\n\n"
    "The Brinmouth harbour ferry will cut its fares by a third from March, its operator"
    " announced on Monday.\n\n"
    "Brinmouth's harbour board met in the town hall for three hours before the vote.\n\n"
    "Two new boats built in Norway will join the fleet next summer.\n\n"
    "Fishermen at Brinmouth Quay want their own moorings moved to the north pier.\n\n"
    "A festival of sea shanties will fill Kelby Green with music in August.\n\n"
    "A cafe run by Anna Price opened beside the Brinmouth ticket office and the harbour car park"
    " in the spring.\n"
)


def test_main_idea_prefers_wrong_choices_that_name_what_they_tell_of(nlp: Language) -> None:
    main = _main_choice(nlp, FERRY_WITH_DETAILS, "ferryquay")
    # Whose moorings? A reader may take "their" for someone the choice does not name: with
    # three details that name all they tell of, it is not offered.
    assert len(main.choices) == 4
    assert not any("their" in choice for choice in main.choices)


def test_a_turn_that_points_back_to_the_opening_is_no_lead(nlp: Language) -> None:
    text = (
        "Island ferry crisis ends\n\n"
        "Ferry fares on Kelby island are the highest in Europe, leading to what critics call a"
        " painful transport crisis. But the end of that crisis started on Tuesday, Rep. Ann"
        " Bell told local radio.\n\n"
        "A new council ferry will carry passengers to the mainland for half the old fare.\n"
    )
    article = parse_text(text, article_id="crisis")
    # "The end of that crisis started" is how someone sees the news, not the news: a
    # summary of it would miss what happened.
    assert lead(Context(article, analyze_article(article, nlp))) is None


def test_the_sentence_naming_what_the_lead_described_is_no_wrong_choice(nlp: Language) -> None:
    text = (
        "Ferry film wins at Kelby festival\n\n"
        "A study of the island ferries over fifty years has won the main award at the Kelby"
        " Film Festival in Brinmouth.\n\n"
        "Crossing Over scooped the grand prize for documentaries at the town's biggest film"
        " festival.\n\n"
        "Two new boats built in Norway for the island service will join the Kelby ferry fleet"
        " before the start of next summer.\n\n"
        "Fishermen at Brinmouth Quay want their own moorings moved to the north pier, away"
        " from the busy ferry berths in the harbour.\n\n"
        "The festival's gala dinner in the old town hall raised more than five thousand pounds"
        " for the lifeboat station on Kelby.\n\n"
        "A festival of sea shanties sung by choirs from all over the islands will fill Kelby"
        " Green with music in August.\n"
    )
    main = _main_choice(nlp, text, "ferryfilm")
    # "Crossing Over" is the study the lead tells of: the same news, by its name.
    assert main.choices
    assert not any("Crossing Over" in choice for choice in main.choices)


def test_a_detail_set_before_the_news_is_no_wrong_choice(nlp: Language) -> None:
    text = (
        "Brinmouth ferry fares cut\n\n"
        "The Brinmouth harbour ferry will cut its fares by a third from March, its operator"
        " announced on Monday.\n\n"
        "Two new boats built in Norway will join the fleet next summer.\n\n"
        "Fishermen at Brinmouth Quay want their own moorings moved from the harbour mouth to"
        " the quieter north pier.\n\n"
        "Last year, Kelby Ferries carried more than a million passengers to the islands."
        " Brinmouth Boats won the prize for the best island service.\n"
    )
    wrong = _wrong_choices(text, nlp)
    # Told without its "Last year", the detail would read as this year's news; so would
    # the next sentence of its paragraph, which goes on in last year.
    assert not [c for c in wrong if "million passengers" in c or "best island service" in c]


def test_a_report_with_no_narrower_details_asks_its_main_idea_in_the_student_s_words(
    nlp: Language,
) -> None:
    text = (
        "Brinmouth ferry firm warns on profits\n\n"
        "Shares in ferry operator Brinmouth Lines have fallen by a fifth after the firm warned"
        " that its profits would be lower than expected.\n\n"
        "Brinmouth Lines said that passenger numbers had been hit by the new road bridge, and"
        " its profits would be a third lower than last year.\n\n"
        '"We are disappointed, but we remain confident about the summer," chief executive'
        " Carla Mendes said.\n"
    )
    # Too few details to offer as wrong choices: the main point is still asked, as a
    # short answer whose example is the lead.
    main = _main_idea(nlp, text, "ferrywarn")
    assert main.type is QuestionType.SHORT_ANSWER
    assert (
        main.prompt
        == "In one sentence, in your own words, what is the main news that the article reports?"
    )
    assert main.answer == (
        "Ferry operator Brinmouth Lines warned that its profits would be lower than expected,"
        " and its shares have fallen."
    )
    # Where there are enough, it is still asked in the student's own words, which teachers
    # keep far more often; as a multiple-choice question only in a bank of that type alone.
    ferry = parse_text(FERRY_WITH_DETAILS, article_id="ferryquay")
    analysis = analyze_article(ferry, nlp)
    asked, _ = generate_questions(ferry, analysis, count=10, seed=0)
    assert [q.type for q in asked if "main idea" in q.tags] == [QuestionType.SHORT_ANSWER]
    asked, _ = generate_questions(ferry, analysis, seed=0, types={QuestionType.MULTIPLE_CHOICE})
    assert [q.type for q in asked if "main idea" in q.tags] == [QuestionType.MULTIPLE_CHOICE]


def test_a_lead_describing_someone_the_story_names_later_is_summed_up_with_the_name(
    nlp: Language,
) -> None:
    text = (
        "Ferry boss seeks protection\n\n"
        "The town's self-styled ferry king is seeking bankruptcy protection.\n\n"
        "Peter Holt, the man behind Brinmouth Lines, said lawsuits had forced the company"
        " into administration.\n"
    )
    main = _main_idea(nlp, text, "ferryking")
    assert main.answer == (
        "Peter Holt, the town's self-styled ferry king, is seeking bankruptcy protection."
    )
    # The sentence that names him is evidence too: the answer is grounded in it.
    assert [e.text.split(",")[0] for e in main.evidence] == [
        "The town's self-styled ferry king is seeking bankruptcy protection.",
        "Peter Holt",
    ]


def test_a_lead_bringing_in_a_work_by_its_kind_is_summed_up_with_its_title(
    nlp: Language,
) -> None:
    text = (
        "Ferry film wins prize\n\n"
        "A film that follows a ferry crew through one winter has won the town's top prize.\n\n"
        "Cold Harbour earned a prize for its director and its young star.\n"
    )
    main = _main_idea(nlp, text, "ferryfilm")
    assert main.answer.startswith(
        "Cold Harbour, a film that follows a ferry crew through one winter, won"
    )
    assert [e.text.split(" ")[0] for e in main.evidence] == ["A", "Cold"]


def test_a_surname_the_summary_gives_in_full_is_grounded_where_the_article_does(
    nlp: Language,
) -> None:
    text = (
        "Pier to close\n\n"
        "Lane will close the north pier in Kelby next month because the deck is unsafe.\n\n"
        "Mayor Ann Lane said engineers had found rot in half of the pier's timbers.\n\n"
        "The pier was built in 1901 and drew 80,000 visitors last year.\n"
    )
    main = _main_idea(nlp, text, "pierlane")
    assert main.answer.startswith("Ann Lane will close the north pier")
    assert [e.text.split(" ")[:3] for e in main.evidence] == [
        ["Lane", "will", "close"],
        ["Mayor", "Ann", "Lane"],
    ]


def test_the_answer_key_quotes_a_headline_that_says_what_the_lead_does_not(
    nlp: Language,
) -> None:
    text = (
        "Ferry figures spark safety worries\n\n"
        "The number of ferry crossings cancelled in Brinmouth rose by a third in January,"
        " according to harbour board figures.\n\n"
        "The harbour board said storms had closed the north pier on six days.\n"
    )
    main = _main_idea(nlp, text, "ferryworry")
    assert main.type is QuestionType.SHORT_ANSWER
    assert main.explanation.endswith(
        "The headline puts it in brief: “Ferry figures spark safety worries”."
    )
    # A headline that says again what the lead says adds nothing to the key.
    same = text.replace("Ferry figures spark safety worries", "Brinmouth ferry crossings cancelled")
    assert "headline" not in _main_idea(nlp, same, "ferrysame").explanation
    # A headline's own full stop is not printed before the closing quote mark's.
    stopped = text.replace("worries\n\nThe", "worries.\n\nBRINMOUTH (AP) — The")
    assert _main_idea(nlp, stopped, "ferrystop").explanation.endswith(
        "“Ferry figures spark safety worries”."
    )
    # A headline that asks puts nothing in brief.
    asks = text.replace("Ferry figures spark safety worries", "Are ferry crossings safe?")
    assert "headline" not in _main_idea(nlp, asks, "ferryasks").explanation


def test_the_key_tells_a_firm_s_news_before_the_market_s_answer_to_it(nlp: Language) -> None:
    text = (
        "Harbour Line to close two ferry routes\n\n"
        "Shares in Harbour Line rose 6% on Monday after the ferry firm said it would close"
        " its two oldest routes to cut costs.\n\n"
        "The routes from Brinmouth to Kettle Bay carried 40,000 passengers last year.\n"
    )
    main = _main_idea(nlp, text, "routesclose")
    assert main.answer == (
        "Harbour Line said it would close its two oldest routes to cut costs, and its shares rose."
    )
    # A firm that saw its own shares move is its own subject.
    own = text.replace(
        "Shares in Harbour Line rose 6% on Monday after the ferry firm said",
        "Harbour Line saw its shares rise 6% on Monday after it said",
    )
    assert _main_idea(nlp, own, "routesown").answer == (
        "Harbour Line said it would close its two oldest routes to cut costs,"
        " and saw its shares rise."
    )
    # Where the headline is on the shares, their move is the news.
    shares = text.replace("Harbour Line to close two ferry routes", "Harbour Line shares rise")
    assert _main_idea(nlp, shares, "routeshares").answer.startswith("Shares in Harbour Line rose")


def test_the_answer_key_takes_the_topic_a_feature_s_headline_names(nlp: Language) -> None:
    text = (
        "The quiet genius of Brinmouth's boat builders\n\n"
        "The Brinmouth boatyard of Ellen Marsh has won a national prize for its wooden"
        " fishing boats.\n\n"
        "For 60 years the yard has built each boat by hand from oak felled in the valley.\n"
    )
    main = _main_idea(nlp, text, "boatyard")
    assert main.explanation.endswith(
        "The headline names the topic the article explores,"
        " “The quiet genius of Brinmouth's boat builders”: an answer on that topic is right too."
    )
    # A headline that tells a happening puts it in brief instead; one that says no more
    # than the lead adds nothing.
    same = text.replace("The quiet genius of Brinmouth's boat builders", "The Brinmouth boatyard")
    assert "headline" not in _main_idea(nlp, same, "boatsame").explanation


def test_a_lead_keeps_what_its_news_means_after_a_dash(nlp: Language) -> None:
    text = (
        "Councillors back pier sale\n\n"
        "A growing number of Kelby councillors support selling the old pier - a move that would"
        " end their say over the harbour but please the hotel group.\n\n"
        "Councillor Ann Marsh said the price was too low.\n"
    )
    main = _main_idea(nlp, text, "piermove")
    assert main.answer.endswith(
        "- a move that would end their say over the harbour but please the hotel group."
    )


def test_a_long_lead_is_a_model_answer_without_its_closing_aside(nlp: Language) -> None:
    text = (
        "Teachers urge minister to save village schools\n\n"
        "A group of more than 200 head teachers from across the county is urging the education"
        " minister to stop the closure of eleven village schools in the valley, adding their"
        " voice to a long campaign by parents who say that children as young as five would"
        " face a bus journey of an hour each way to the nearest town.\n\n"
        '"Small schools are the heart of the valley," said head teacher Carla Mendes.\n'
    )
    main = _main_idea(nlp, text, "valleyschools")
    assert main.type is QuestionType.SHORT_ANSWER
    assert main.answer == (
        "A group of more than 200 head teachers from across the county is urging the"
        " education minister to stop the closure of eleven village schools in the valley."
    )


def test_a_shared_surname_alone_says_nobody(nlp: Language) -> None:
    text = (
        "Brothers Build Harbour Boat\n\n"
        "Tom Reyes and Sam Reyes have built a boat from old ferry parts.\n\n"
        "Ana Ruiz, their aunt, paid for the paint.\n"
    )
    article = parse_text(text, article_id="boat")
    ctx = Context(article, analyze_article(article, nlp))
    assert ctx.shared_surname("Reyes fitted a new mast over the winter.")
    assert not ctx.shared_surname("Sam Reyes painted the hull red and white.")
    assert not ctx.shared_surname("Ruiz paid for the paint.")


def test_a_sentence_speaking_to_the_reader_is_no_choice() -> None:
    assert _choice("Think of it as a floating museum of the harbour's past.") is None
    assert _choice("The boat will be shown at the Kelby fair in June.") is not None


@pytest.mark.parametrize(
    "told",
    [
        "Ana Ruiz's is the latest in a series of arrests of harbour officials in Kelby.",
        "The full archives of the Kelby and Brinmouth harbour boards are included.",
    ],
)
def test_a_sentence_that_hangs_on_what_it_does_not_say_is_no_choice(told: str) -> None:
    assert _choice(told) is None
    assert _choice("Ana Ruiz's boat is the latest to join the Kelby fleet this year.") is not None


def test_a_column_is_asked_for_the_point_it_makes_not_its_news(nlp: Language) -> None:
    column = (
        "Ferries should sail all night\n\n"
        "Brinmouth's ferries stop far too early in the evening, argues Carla Mendes.\n\n"
        "My last boat home from Kelby leaves at seven, long before the pubs and theatres"
        " close.\n\n"
        "If you work late in the town, you have to pay for a taxi over the bridge.\n\n"
        "The harbour board says that night sailings would cost too much.\n"
    )
    main = _main_idea(nlp, column, "ferrycolumn")
    assert main.prompt == (
        "In one sentence, in your own words, what is the main point the article makes?"
    )
    assert main.explanation.startswith("This is the point the whole article makes;")
    # A report that names a song with "You" in it, or quotes someone's "we", is news.
    report = (
        "Ferry song tops the chart\n\n"
        "Kelby band The Tides have gone to number one with their ferry song You Sail Away.\n\n"
        "The single, Take Your Time On The Water, sold 40,000 copies in its first week.\n\n"
        '"We are thrilled, and we will play on the ferry in May," singer Ann Lane said.\n'
    )
    news = _main_idea(nlp, report, "ferrysong")
    assert news.prompt.startswith(
        ("In one sentence, in your own words, what is the main news", "Which statement")
    )
    assert news.explanation.startswith("This is the news the whole article is about;")


def test_a_note_on_where_the_figures_come_from_is_no_wrong_choice(nlp: Language) -> None:
    text = (
        "Brinmouth ferry fares cut\n\n"
        "The Brinmouth harbour ferry will cut its fares by a third from March, its operator"
        " announced on Monday.\n\n"
        "Brinmouth's harbour board met in the town hall for three hours before the vote.\n\n"
        "Two new boats built in Norway will join the fleet next summer.\n\n"
        "A festival of sea shanties and folk songs will fill Kelby Green with singers from"
        " across the islands in August.\n\n"
        "The Kelby ticket index is based on a survey of 2,310 passengers.\n\n"
        "The Kelby ticket figures were prepared by the Brinmouth Harbour Trust.\n"
    )
    assert not [c for c in _wrong_choices(text, nlp) if "survey of" in c or "prepared by" in c]


def test_a_feature_opening_on_a_scene_has_no_lead_to_ask_about(nlp: Language) -> None:
    text = (
        "Kelby school turns to handhelds\n\n"
        "At the Kelby primary school in the hills pupils click away at a handheld computer"
        " with a stylus.\n\n"
        "The school's textbooks have been digitised by a charity, which sends new lessons"
        " to the school by satellite radio every week.\n"
    )
    article = parse_text(text, article_id="kelbyschool")
    ctx = Context(article, analyze_article(article, nlp))
    # The scene sets up the feature, and sums up none of it: the headline does, which the
    # scene's school bears out.
    assert lead(ctx) is None
    questions, report = generate_questions(article, ctx.analysis, count=10, seed=0)
    (main,) = [q for q in questions if "main idea" in q.tags]
    assert main.prompt == "In one sentence, in your own words, what is the article mainly about?"
    assert main.answer == "Kelby school turns to handhelds."
    assert [e.text for e in main.evidence][-1].startswith("At the Kelby primary school")


def _school_feature(nlp: Language, headline: str) -> tuple[list[Question], GenerationReport]:
    """The questions on a feature that opens on a scene, under `headline`, and the note."""
    text = (
        f"{headline}\n\n"
        "At the Kelby primary school in the hills pupils click away at a handheld computer"
        " with a stylus.\n\n"
        "The school's textbooks have been digitised by a charity, which sends new lessons"
        " to the school by satellite radio every week.\n"
    )
    article = parse_text(text, article_id="kelbyschool")
    questions, report = generate_questions(article, analyze_article(article, nlp), count=10, seed=0)
    return list(questions), report


@pytest.mark.parametrize(
    "headline",
    [
        "Who do you think you are?",
        "Is this the future of schools",
        "In pictures: Kelby pupils learn by satellite",
        "'We love our computers,' say Kelby pupils",
        # A headline that only names a topic says nothing, as a model answer, of what the
        # article tells.
        "A year to remember for Kelby",
        "When the Kelby classroom goes digital",
    ],
)
def test_a_feature_whose_headline_sums_up_nothing_has_no_main_idea_question(
    nlp: Language, headline: str
) -> None:
    questions, report = _school_feature(nlp, headline)
    assert not [q for q in questions if "main idea" in q.tags]
    # The note says why, so that a teacher knows to add the main point by hand.
    assert report.shortfall is not None
    assert "no main-idea question" in report.shortfall


@pytest.mark.parametrize(
    ("body", "has_lead"),
    [
        # A review: after its opening, it speaks to the reader.
        (
            "Kelby Games has released Harbour Racer 2, a speedboat race around the Brinmouth"
            " docks.\n\n"
            "Simply pick your boat and race through ten harbours against the clock.\n\n"
            "It is the hardest racing game you are likely to play this year, with few lives"
            " and fast rivals.\n\n"
            "The graphics look dated beside newer racing titles from the same studio.",
            False,
        ),
        # News whose speakers speak to the reader in their own words.
        (
            "Kelby Games has released Harbour Racer 2, a speedboat race around the Brinmouth"
            " docks.\n\n"
            '"You pick your boat and race through ten harbours," said designer Ana Ruiz.\n\n'
            '"It is the hardest game you will play this year," she added.\n\n'
            "The game went on sale in Kelby on Friday.",
            True,
        ),
    ],
)
def test_a_review_speaking_to_the_reader_has_no_lead(
    nlp: Language, body: str, has_lead: bool
) -> None:
    article = parse_text(f"Harbour Racer 2\n\n{body}\n", article_id="racer")
    ctx = Context(article, analyze_article(article, nlp))
    assert (lead(ctx) is not None) is has_lead


def test_no_choice_or_statement_copies_a_slip_of_the_article(nlp: Language) -> None:
    text = """Devon Acts Shine At Music Awards
LONDON (Arts Desk) — Devon singer Joss Stone and the rock band Muse were the big winners at a music awards ceremony held in London's Earls Court on Wednesday night.
The ceremony first took place in 1977 at the Wembley Conference Centre.
Tickets for the ceremony went on sale in May. and sold out within an hour, the organisers said.
Organisers said the night raised money for a childrens hospital in Bristol and a local choir.
Comedian Jo Brand, who hosted the night, has been campaiging for a new concert hall in Exeter.
Several hundred fans waited outside the hall in the rain for autographs.
"""
    article = parse_text(text, article_id="story")
    questions, _ = generate_questions(article, analyze_article(article, nlp), count=25, seed=0)
    shown = [text for q in questions for text in (q.prompt, *q.choices)]
    assert "main idea" in questions[0].tags
    assert not [t for t in shown if "May. and" in t or "campaiging" in t], shown


def test_no_true_or_false_item_on_the_words_of_someone_unnamed(nlp: Language) -> None:
    text = """Drones Pose Growing Threat To Security

Drones pose a growing threat to the safety of the public, senior security officials told the Senate on Wednesday.

Deputy director Ana Ruiz said that the growing threat from drones to public safety worried the security services.

Airline boss Tom Hale rejected Ms Ruiz's claim, and said that drones were no danger to passenger jets.

An official said that the growing threat of drones to public safety would need new security powers.
"""
    article = parse_text(text, article_id="drones")
    ctx = Context(article, analyze_article(article, nlp))
    statements = [c.question.prompt for c in claim_statement(ctx)]
    # Ana Ruiz's view given to the man who rejects it: false, as the article sets them apart.
    assert statements == [
        "Tom Hale said that the growing threat from drones to public safety worried the"
        " security services."
    ]
    assert not [s for s in statements if s.startswith("An official")], statements


def test_no_view_is_given_to_someone_speaking_in_the_sentences_shown_with_it(
    nlp: Language,
) -> None:
    """Evidence a student reads that has the other person speaking too would not show the
    statement false: no swap to them."""
    text = """Drones Pose Growing Threat To Security

Drones pose a growing threat to the safety of the public, senior security officials told the Senate on Wednesday.

Airline boss Tom Hale said that drones were no danger to passenger jets.

Deputy director Ana Ruiz rejected that view on Tuesday, while Mr Hale said that pilots were trained for it. The growing threat from drones to public safety worried the security services, she said.
"""
    article = parse_text(text, article_id="drones")
    ctx = Context(article, analyze_article(article, nlp))
    statements = [c.question.prompt for c in claim_statement(ctx)]
    assert not [s for s in statements if s.startswith("Tom Hale said that the growing")]
    # The other way round, the evidence shows only Tom Hale speaking: the swap stands.
    assert "Ana Ruiz said that drones were no danger to passenger jets." in statements


def test_a_view_is_never_told_back_as_true(nlp: Language) -> None:
    text = """Drones Pose Growing Threat To Security

Drones pose a growing threat to the safety of the public, senior security officials told the Senate on Wednesday.

Deputy director Ana Ruiz said that the growing threat from drones to public safety worried the security services.
"""
    article = parse_text(text, article_id="drones")
    ctx = Context(article, analyze_article(article, nlp))
    assert all(c.question.answer == FALSE for c in claim_statement(ctx))


def test_a_line_on_who_wrote_the_piece_is_no_wrong_choice(nlp: Language) -> None:
    text = """Blogs Help Flood Victims
Web logs written by people in the flooded towns of Kelby and Brinmouth have helped aid workers find families cut off by the water.
One blogger, Ana Ruiz, posted maps of the streets still under water in Kelby.
Another, Tom Hale, used text messages to send news from Brinmouth when the internet failed.
The Red Cross said that its teams had used the maps to reach three villages on Monday.
Donations to the flood appeal passed £2m on Tuesday, the charity said.
Sam Lee is technology correspondent for The Harbour Times, a weekly paper in Kelby.
"""
    assert not [c for c in _wrong_choices(text, nlp) if "correspondent" in c]


def test_speakers_are_matched_to_words_of_one_form(nlp: Language) -> None:
    text = """Ferry Plan Splits Kelby

Kelby council has approved a plan to replace the town's ferry with a bridge.

Council leader Ana Ruiz said the bridge would bring jobs to the whole of the bay.

"The ferry has served this town for a hundred years and should stay," said Tom Hale, who runs the ferry company.

Local shop owner Sam Lee said trade had fallen every winter that the ferry stopped running.

"A bridge will bring more visitors to our shops than the ferry ever did," Mr Lee said.

"We will fight this plan in the courts if we have to," said campaigner Jo Brand.

"Jobs in the bay depend on getting people across the water quickly," Ms Ruiz added.
"""
    article = parse_text(text, article_id="ferry")
    (question,) = [
        c.question for c in speaker_statements(Context(article, analyze_article(article, nlp)))
    ]
    assert len(question.pairs) >= 3
    assert all(pair.left.startswith("“") for pair in question.pairs), question.pairs


def test_speakers_are_not_matched_to_a_quotation_beside_reported_words(nlp: Language) -> None:
    text = """Bridge Vote Divides Brinmouth

Brinmouth council has voted to build a toll bridge across the estuary.

"The bridge will bring the whole bay together for the first time," said council leader Ana Ruiz.

"Nobody here asked for a toll on their own river," said fisherman Tom Hale.

Shop owner Sam Lee said trade in the old town would fall once drivers could skip it.

Harbour master Owen Pryce said the ferry crews would need new jobs before the bridge opened.
"""
    article = parse_text(text, article_id="toll")
    ctx = Context(article, analyze_article(article, nlp))
    assert len(ctx.speakers()) >= 4  # two quoted, two reported: three of neither form
    assert speaker_statements(ctx) == []


def test_reported_words_that_lean_on_the_article_are_not_a_matching_item(nlp: Language) -> None:
    text = """Harbour Budget Row

Brinmouth council has published figures showing the harbour lost money for a third year.

Council leader Ana Ruiz said the figures were worse than anyone on the council had feared.

Ana Ruiz said Brinmouth would need help from the county to keep its quays open next year.

Fisherman Tom Hale said years of dredging had cost more than any fleet could ever earn.

Shop owner Sam Lee said shops in the old town would suffer if the fishing boats left.

Harbour master Owen Pryce said crews had worked harder this year than ever before.
"""
    said = _matched(text, "budget", nlp)
    assert not said["Ana Ruiz"].startswith("The figures"), said  # which figures?
    assert said["Ana Ruiz"].startswith("Brinmouth would need help"), said


def test_a_detail_the_article_goes_on_about_as_much_as_its_lead_is_no_wrong_choice(
    nlp: Language,
) -> None:
    # The engineers' finding is taken up by two sentences, as the closure is: a reader may
    # defend it as the summary. The ferry, the shops and the regatta are not taken up.
    text = """Brinmouth Bridge To Close

Brinmouth council will close the old harbour bridge to traffic from next month.

The harbour bridge has carried traffic into Brinmouth since 1843.

Council leader Ana Ruiz said the council had no choice but to close the bridge.

Engineers from Kelby Surveys found deep cracks in the stone arches under the road.

Cracks in the stone arches have grown by a third since 2019, according to Kelby Surveys.

Kelby Surveys blamed heavy lorries for the deep cracks in the arches.

The Tamsin Ferry Company will run an extra boat every half hour on weekdays and every hour at weekends.

Walkers will still be able to use the Portwen cycle path at weekends.

Owners of shops on Brinmouth quay expect far fewer visitors this summer.

The Ostley Sailing Club moved its spring regatta to Wenmouth this year.
"""
    article = parse_text(text, article_id="bridge")
    found = _main_point(Context(article, analyze_article(article, nlp)))
    assert found is not None
    _, answer, narrow = found
    assert answer.startswith("Brinmouth council will close the old harbour bridge")
    offered = [choice for choice, _, _ in narrow]
    assert not [c for c in offered if "Kelby Surveys" in c], offered
    assert len(offered) == 3  # the narrower details are still there


def test_a_sentence_a_why_question_asks_is_no_main_idea_choice(nlp: Language) -> None:
    text = """Pension Agency Deficit Grows

The US agency that protects workers' pension funds said its deficit had doubled to $23bn last year.

The deficit is the largest in its history, figures released on Monday showed.

The Pension Benefit Guaranty Corporation raised its fees in 2004 to stop firms breaking their promises to staff.

The agency now pays pensions to more than a million people whose employers went bust.

Its offices in Washington employ about 900 staff and a team of lawyers.

Kelby Steel, which went bust in 2003, left a hole of $7bn in its pension fund.
"""
    article = parse_text(text, article_id="pensions")
    questions, _ = generate_questions(article, analyze_article(article, nlp), seed=0)
    # Offered as a choice, the sentence would print the answer to "Why did it raise its
    # fees?"; a teacher keeps the why-question over one more wrong choice.
    assert not [c for c in _wrong_choices(text, nlp) if "fees in 2004" in c]
    assert [q.prompt for q in questions if "reason" in q.tags] == [
        "Why did the Pension Benefit Guaranty Corporation raise its fees?"
    ]


def test_no_wrong_choice_is_a_view_in_the_lead_s_own_terms(nlp: Language) -> None:
    text = """Ferry Plan 'A Costly Failure'

A scheme to run a fast ferry between Kelby and Brinmouth has been called a costly failure by councillors.

The Kelby ferry carried fewer than 40 passengers a day in its first year, far short of the 300 its backers had promised, a report found.

Committee chairman Tom Hale said that the ferry had been a failure for Kelby and its harbour.
"""
    article = parse_text(text, article_id="ferry")
    found = _main_point(Context(article, analyze_article(article, nlp)))
    assert found is not None
    offered = [choice for choice, _, _ in found[2]]
    assert offered and not [c for c in offered if "Hale" in c], offered


def test_no_two_wrong_choices_give_a_price_of_one_thing(nlp: Language) -> None:
    text = """Cold Snap Lifts Oil Price

Oil prices carried on rising on Wednesday after cold weather in northern Europe pushed demand for heating fuel to a four-month high.

Kelby crude was trading at $51.39 at 0710 GMT in Asian electronic trade.

A barrel of Kelby crude oil closed up $2.80 at $51.15 in London.

Much of northern Europe has been shivering under unseasonably low temperatures in recent days.

Ships carrying heating fuel from Norway to the ports of northern Germany were held up for three days by the worst storms in the North Sea for a decade.
"""
    wrong = _wrong_choices(text, nlp)
    assert len([c for c in wrong if "$" in c]) == 1, wrong


def test_no_wrong_choice_leans_on_the_day_of_the_news(nlp: Language) -> None:
    text = """Ferry Vote Looms

Brinmouth councillors will vote on plans to sell the harbour ferry to a private firm.

Brinmouth Council has run the ferry service to Kelby island since 1972.

Opposition councillors are expected to lose Wednesday's vote in the council chamber.

Seafront traders in Brinmouth fear higher fares would keep visitors away from Kelby.

Kelby Ferries Ltd has offered to keep fares at their present level for two years.
"""
    assert not [c for c in _wrong_choices(text, nlp) if "Wednesday's" in c]


def test_main_idea_choices_leave_out_the_leads_source(nlp: Language) -> None:
    text = """Teenagers Could Sit On Councils

Teenagers will be able to stand for Vallonia's town councils under plans unveiled by ministers.

Local Affairs Minister Ann Lane said the minimum age of 21 for a councillor would be cut to 18.

Brinmouth elected the country's first woman mayor in 1921, a year after the vote was won.

Turnout at the last local elections in Kelby was 31%, the lowest since records began.

The Kelby harbour board will meet in the town hall next week to choose a new chairman for its ferries.
"""
    # The minister is one of the lead's "ministers": her words tell its news again.
    wrong = _wrong_choices(text, nlp)
    assert not [c for c in wrong if "Ann Lane" in c], wrong


def test_main_idea_choices_leave_out_what_no_class_is_shown(nlp: Language) -> None:
    text = """
Kelby Mayor Resigns

The mayor of Kelby, Tom Okafor, resigned on Monday after losing a vote of confidence.

Turnout at the last local elections in Kelby was 31%, the lowest since records began.

A newspaper in Brinmouth printed photographs of a councillor there apparently exposing himself on a webcam.

Kelby's old town hall was sold to a hotel chain for £4m last spring.

The town's new tram line opened in 2019 after eight years of building work.

Brinmouth, Kelby's neighbour across the bay, elected a new mayor in March.
"""
    wrong = _wrong_choices(text, nlp)
    assert len(wrong) == 3 and not [c for c in wrong if "exposing" in c], wrong


def test_whom_words_to_you_are_spoken_to_is_no_choice_for_who_said_them(nlp: Language) -> None:
    text = """Ferry Talks In Brinmouth

The owners of the Brinmouth ferry met the harbour board on Monday to agree new fares.

Board chair Tom Hale said the talks had been long. Owner Ana Ruiz said fares would fall.

After the talks with Ms Ruiz, harbour master Dan Reyes said the deal was fair to all. He added: "Your patience in these long talks shows your deep care for the town's ferry."

Councillor Owen Pryce said: "The town has waited far too long for cheaper fares."

Mayor Sam Ortiz said the town would pay for a new pier next year.
"""
    article = parse_text(text, article_id="ferry-talks")
    ctx = Context(article, analyze_article(article, nlp))
    make = next(g.make for g in GENERATORS if g.name == "who-said")
    asked = [c.question for c in make(ctx) if "Your patience" in c.question.prompt]
    # Ms Ruiz is spoken to: the words cannot be hers.
    assert asked and not [q for q in asked if "Ana Ruiz" in q.choices], asked


def test_a_view_that_leans_on_it_is_no_wrong_choice(nlp: Language) -> None:
    text = """Reyes Out For Three Weeks

Brinmouth striker Dan Reyes faces three weeks out after surgery on his knee.

Physio Ana Ruiz said: "There is still some swelling so it will be some weeks."

Reyes joined Brinmouth from Kelby for £2m in 2019.

Club chairman Tom Hale said: "Our new stand at Harbour Park will open in April with seats for 4,000 fans."
"""
    wrong = _wrong_choices(text, nlp)
    # "so it will be some weeks": until what? The choice does not say.
    assert not [c for c in wrong if "swelling" in c], wrong


def test_a_detail_that_confirms_the_reports_is_no_wrong_choice(nlp: Language) -> None:
    text = """Kelby Ferries In Merger Talks

Loss-making Kelby Ferries is in talks with Brinmouth Boats about a possible merger.

Brinmouth Boats carried 400,000 passengers in 2019, a record for the firm.

On Tuesday the Brinmouth Boats board confirmed earlier reports of negotiations.

A new pier at Kelby harbour will open in the spring with room for four boats.

Fares on the island routes have risen by a fifth since 2020.
"""
    wrong = _wrong_choices(text, nlp)
    # It tells the talks again, as the news confirmed: a reader may take it for the summary.
    assert not [c for c in wrong if "confirmed" in c], wrong


def test_who_said_is_asked_only_where_the_paragraph_names_the_speaker(nlp: Language) -> None:
    text = """Ferry Deal Agreed

The owners of the Brinmouth ferry agreed new fares with the harbour board on Monday.

Board chair Tom Hale said the talks had been long. "We listened to every side of the harbour," Hale said.

Owner Ana Ruiz said fares would fall. "Families will pay a third less from May," Ruiz said.

Harbour master Dan Reyes said the deal was fair. Mayor Sam Ortiz thanked the owners for their work.

"I have worked on the harbour for thirty years and never seen a better deal," he said.
"""
    article = parse_text(text, article_id="ferry-deal")
    ctx = Context(article, analyze_article(article, nlp))
    make = next(g.make for g in GENERATORS if g.name == "who-said")
    asked = [c.question.prompt for c in make(ctx)]
    # "he said" opening a paragraph that names no one: Reyes's words, or the mayor's?
    assert asked and not [p for p in asked if "thirty years" in p], asked


def test_a_firm_that_speaks_is_no_choice_for_who_said_words_of_a_person(nlp: Language) -> None:
    text = """Ferry Fares Cut

The Brinmouth ferry will cut its fares by a third from March, its owners said on Monday.

"We listened to the families who use the boats every day," said owner Ana Ruiz.

Councillor Tom Okafor said: "The town has waited far too long for cheaper fares."

Harbour master Dan Reyes said: "The new timetable will suit the early workers best."

Rival operator Kelby Ferry Company said it would match the cut on its own island routes.

Mayor Sam Ortiz said the town would pay for a new pier next year.
"""
    article = parse_text(text, article_id="ferry-firm")
    ctx = Context(article, analyze_article(article, nlp))
    make = next(g.make for g in GENERATORS if g.name == "who-said")
    choices = {c for q in (c.question for c in make(ctx)) for c in q.choices}
    assert choices and "Kelby Ferry Company" not in choices, choices


def test_words_whose_sentence_names_another_person_are_not_surely_the_speaker_s() -> None:
    from studyguide.generation.who_said import _names_another
    from studyguide.model import Analysis, Article, Paragraph, Quote, QuoteKind

    sentence = '"The cut could bring more visitors," added Hale and Brook\'s Sam Ortiz.'
    text = f"Ferry News\n\n{sentence}"
    at = text.index(sentence)
    article = Article("ferry", "Ferry News", text, (Paragraph(Span(0, 10, "F"), heading=True),))
    ctx = Context(article, Analysis(sentences=()))
    words = "The cut could bring more visitors,"
    content = Span(at + 1, at + 1 + len(words), words)
    said = Span(at, at + len(sentence), sentence)
    inherited = Quote(content, QuoteKind.DIRECT, "Ana Ruiz", said)
    assert _names_another(ctx, inherited)
    assert not _names_another(ctx, Quote(content, QuoteKind.DIRECT, "Sam Ortiz", said))


def test_a_speaker_s_whole_sentence_of_up_to_28_words_is_a_matching_item(nlp: Language) -> None:
    text = """Harbour Plans Split Town

The Brinmouth harbour board has published plans for a new marina on the north quay.

"The marina will bring hundreds of visitors to the north quay every summer, and the shops along the front will be the first to feel it," said Ana Ruiz.

"The fishermen who have worked from the north quay for a hundred years will lose their moorings," said Peter Walsh.

"The town should be allowed to vote on the plans before the board spends any money," said Owen Pryce.
"""
    said = _matched(text, "marina", nlp)
    # Ana Ruiz's words run to 26 words: whole, and still read at a glance beside the others.
    assert said["Ana Ruiz"].startswith("“The marina will bring hundreds")
    assert said["Ana Ruiz"].endswith("the first to feel it”")
    assert set(said) == {"Ana Ruiz", "Peter Walsh", "Owen Pryce"}


def _matched(text: str, article_id: str, nlp: Language) -> dict[str, str]:
    """The speakers the article's one speaker matching pairs, each with their words."""
    article = parse_text(text, article_id=article_id)
    (views,) = [
        c.question for c in speaker_statements(Context(article, analyze_article(article, nlp)))
    ]
    return {pair.right: pair.left for pair in views.pairs}


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("“", "”")])
def test_a_lead_closing_on_a_phrase_in_straight_marks_is_the_main_idea(
    nlp: Language, opening: str, closing: str
) -> None:
    lead = (
        "Kelby council sold the town's oldest ferry at auction on Thursday, ending what its"
        f" captain called {opening}a century of service.{closing}"
    )
    text = f"""Kelby Ferry Sold

{lead}

The ferry was bought by a museum in Brinmouth for £40,000.

The council will spend the money on a new pier.
"""
    assert _main_idea(nlp, text, "ferrysold").answer.startswith("Kelby council sold")


def test_no_wrong_choice_quotes_someone_at_length_in_straight_marks(nlp: Language) -> None:
    text = """Kelby Ferry Chip Unveiled

Details of the engine designed to power Kelby's new island ferry will be released in Brinmouth.

Marine analyst Tom Reddy said that the design could be sold to shipping firms across the whole of Europe.

The Kelby shipyard sees "the chance to build the best and the cleanest ferries in the whole of Europe".

The first ferry with the new engine will carry passengers between Kelby and Brinmouth next spring.
"""
    details = _details(nlp, text, "ferryquote")
    assert any("Tom Reddy" in d for d in details)
    assert not [d for d in details if "cleanest" in d]


def test_the_answer_key_quotes_no_headline_the_article_denies(nlp: Language) -> None:
    text = (
        "Kelby firm pulls out of Brinmouth\n\n"
        "Kelby Marine has pulled out of a £30m contract to rebuild the harbour at Brinmouth"
        " after a row over costs, council officials have said.\n\n"
        "But the firm denied reports it was leaving Brinmouth altogether.\n\n"
        "It still runs the town's two ferries and a boatyard.\n"
    )
    main = _main_idea(nlp, text, "kelbymarine")
    assert main.answer.startswith("Kelby Marine has pulled out")
    assert "headline" not in main.explanation
    # Without the denial, the headline is the news in brief.
    kept = text.replace("But the firm denied reports it was leaving Brinmouth altogether.", "")
    assert "headline puts it in brief" in _main_idea(nlp, kept, "kelbymarine").explanation
