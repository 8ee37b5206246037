"""What selection strikes out, with the reason it gives."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from studyguide.generation.context import Context
from studyguide.generation.registry import Candidate
from studyguide.generation.selection import _names_speakers, _one_view, rejection, select
from studyguide.model import (
    Analysis,
    Article,
    Entity,
    EntityKind,
    Evidence,
    Pair,
    Paragraph,
    Question,
    QuestionType,
    Span,
)

TEXT = (
    "Harbour Bridge Reopens\n"
    "KINGSTOWN (Coastline News) — The bridge reopened on Monday, Mayor Elena Dvorak said.\n"
    "The United States sent 40 engineers to help.\n"
)


_BESIDE = "a statement beside the story's subject"


def _span(needle: str) -> Span:
    start = TEXT.index(needle)
    return Span(start, start + len(needle), needle)


def _context() -> Context:
    title = _span("Harbour Bridge Reopens")
    body = _span("The bridge reopened on Monday, Mayor Elena Dvorak said.")
    second = _span("The United States sent 40 engineers to help.")
    article = Article(
        id="harbour",
        title=title.text,
        text=TEXT,
        paragraphs=(Paragraph(title, heading=True), Paragraph(body), Paragraph(second)),
        source="Coastline News",
        place="Kingstown",
        title_span=title,
        dateline=_span("KINGSTOWN (Coastline News) — "),
    )
    us = Entity("United States", EntityKind.PLACE, (_span("United States"),), ("US",))
    return Context(article, Analysis(sentences=(body, second), entities=(us,)))


def _question(prompt: str, answer: str, evidence: str, **fields: object) -> Question:
    span = _span(evidence)
    return Question(
        id="q",
        type=fields.pop("type", QuestionType.SHORT_ANSWER),  # type: ignore[arg-type]
        article="harbour",
        prompt=prompt,
        answer=answer,
        evidence=(Evidence(span.start, span.end, span.text),),
        **fields,  # type: ignore[arg-type]
    )


_FIGURES = "a statement of figures, which tests matching numbers"


def test_a_fair_question_is_kept() -> None:
    question = _question(
        "Which country sent 40 engineers to help?", "the United States", "The United States sent"
    )
    assert rejection(_context(), question) is None


@pytest.mark.parametrize(
    ("statement", "told_as", "reason"),
    [
        ("The bridge reopened on Monday.", "statement", None),
        ("The bridge reopened with 40 lanes.", "statement", _FIGURES),
        ("The bridge reopened in 2004.", "statement", None),
        ("The bridge won three awards.", "statement", _FIGURES),
        ("Mayor Elena Dvorak said that 40 lanes were open.", "claim", None),
        ("Mayor Elena Dvorak said that 40 lanes were open in 2004.", "claim", _FIGURES),
    ],
)
def test_a_statement_of_figures_tests_matching_numbers(
    statement: str, told_as: str, reason: str | None
) -> None:
    """The article's own figure, or someone's two, asks the student to match numbers."""
    question = _question(
        statement, "True", "The bridge reopened", type=QuestionType.TRUE_FALSE, tags=(told_as,)
    )
    assert rejection(_context(), question) == reason


@pytest.mark.parametrize(
    ("prompt", "told_as", "reason"),
    [
        ("The United States sent engineers to help.", "statement", _BESIDE),
        ("Tom Hale said that the United States sent engineers.", "claim", _BESIDE),
        ("Mayor Elena Dvorak said that the bridge had reopened.", "claim", None),
    ],
)
def test_a_statement_is_asked_on_the_story_s_subject(
    prompt: str, told_as: str, reason: str | None
) -> None:
    """Off the bridge story, the article's own detail, or someone's view, is trivia."""
    question = _question(
        prompt, "True", "The United States sent", type=QuestionType.TRUE_FALSE, tags=(told_as,)
    )
    assert rejection(_context(), question) == reason


def test_headline_questions_are_trivia() -> None:
    question = _question("What reopens?", "Harbour Bridge", "Harbour Bridge Reopens")
    assert rejection(_context(), question) == "about the headline or dateline"


def test_the_news_agency_is_trivia() -> None:
    question = _question("Who reported the story?", "Coastline News", "The bridge reopened")
    assert rejection(_context(), question) == "about the news agency"


def test_a_prompt_holding_an_alias_of_its_answer_gives_it_away() -> None:
    question = _question(
        "Which country, the US, sent 40 engineers?", "the United States", "The United States sent"
    )
    assert rejection(_context(), question) == "prompt gives the answer away"


def test_an_alias_among_the_choices_is_unfair() -> None:
    question = _question(
        "Which country sent 40 engineers to help?",
        "the United States",
        "The United States sent",
        type=QuestionType.MULTIPLE_CHOICE,
        choices=("the United States", "US", "Canada", "Mexico"),
    )
    assert rejection(_context(), question) == "a distractor is the answer by another name"


def test_an_ungrammatical_prompt_is_dropped() -> None:
    question = _question(
        "Which country sent a engineers to help?", "the United States", "The United States sent"
    )
    assert rejection(_context(), question) == "prompt fails the grammar checks"


def test_a_sentence_pointing_back_to_the_one_before_is_dropped() -> None:
    question = _question(
        "This sent _____ engineers to help.",
        "40",
        "The United States sent",
        type=QuestionType.FILL_BLANK,
    )
    assert rejection(_context(), question) == "needs the sentence before it"


def test_one_answer_from_one_sentence_is_asked_once() -> None:
    sentence = "The bridge reopened on Monday, Mayor Elena Dvorak said."
    typed = _question("Who is the Mayor, according to the article?", "Elena Dvorak", sentence)
    blank = _question(
        "The bridge reopened on Monday, Mayor _____ said.",
        "Elena Dvorak",
        sentence,
        type=QuestionType.FILL_BLANK,
    )
    other = _question(
        "How many engineers did the United States send?",
        "40",
        "The United States sent 40 engineers to help.",
    )
    candidates = [
        Candidate(typed, "role:Elena Dvorak", 2.5),
        Candidate(blank, "name:54", 1.0),
        Candidate(other, "figure:40", 1.0),
    ]
    chosen = select(_context(), candidates, 3, random.Random(0)).questions
    assert len(chosen) == 2
    assert other in chosen
    assert (typed in chosen) != (blank in chosen)


def test_the_main_idea_s_answer_tells_no_other_question_s_answer() -> None:
    lead = "The bridge reopened on Monday, Mayor Elena Dvorak said."
    main = _question(
        "Which statement best sums up what the article reports?",
        lead,
        lead,
        type=QuestionType.MULTIPLE_CHOICE,
        choices=(lead, "The United States sent 40 engineers to help.", "Rain fell.", "Tolls rose."),
        tags=("main idea",),
    )
    told = _question(  # on another sentence, which says the bridge reopened as well
        "Who said that the bridge reopened on Monday?",
        "Elena Dvorak",
        "The United States sent 40 engineers to help.",
        type=QuestionType.MULTIPLE_CHOICE,
        choices=("Elena Dvorak", "Tom Reid", "Ana Ruiz", "Jon Lee"),
    )
    candidates = [Candidate(main, "main", 5.0, points=("main",)), Candidate(told, "said", 3.0)]
    chosen = select(_context(), candidates, 5, random.Random(0)).questions
    assert [q.prompt for q in chosen] == [main.prompt]


def test_a_wrong_choice_naming_a_speaker_tells_who_said_it() -> None:
    lead = "The bridge reopened on Monday after two years of repairs to its deck."
    shown = "The engineers worked through the winter storms, Mayor Elena Dvorak said."
    main = _question(
        "Which statement best sums up what the article reports?",
        lead,
        "The bridge reopened on Monday, Mayor Elena Dvorak said.",
        type=QuestionType.MULTIPLE_CHOICE,
        choices=(lead, shown, "Rain fell in May.", "Tolls rose in June."),
        tags=("main idea",),
    )
    asked = _question(
        "Who said that the engineers worked through the winter storms?",
        "Elena Dvorak",
        "The United States sent 40 engineers to help.",
        type=QuestionType.MULTIPLE_CHOICE,
        choices=("Elena Dvorak", "Tom Reid", "Ana Ruiz", "Jon Lee"),
        tags=("quote", "person"),
    )
    candidates = [Candidate(main, "main", 5.0, points=("main",)), Candidate(asked, "said", 3.0)]
    chosen = select(_context(), candidates, 5, random.Random(0)).questions
    assert [q.prompt for q in chosen] == [main.prompt]


def test_a_statement_retelling_the_lead_is_the_main_idea_asked_again() -> None:
    lead = "The bridge reopened on Monday, Mayor Elena Dvorak said."
    main = _question(
        "Which statement best sums up what the article reports?",
        lead,
        lead,
        type=QuestionType.MULTIPLE_CHOICE,
        choices=(lead, "The United States sent 40 engineers to help.", "Rain fell.", "Tolls rose."),
        tags=("main idea",),
    )
    retold = _question(  # on another sentence, the same happening told again
        "The harbour bridge reopened to traffic on Monday.",
        "True",
        "The United States sent 40 engineers to help.",
        type=QuestionType.TRUE_FALSE,
    )
    candidates = [Candidate(main, "main", 5.0, points=("main",)), Candidate(retold, "said", 3.0)]
    chosen = select(_context(), candidates, 5, random.Random(0)).questions
    assert [q.prompt for q in chosen] == [main.prompt]


def test_a_statement_retelling_a_choice_of_the_main_idea_is_given_away() -> None:
    lead = "The bridge reopened on Monday, Mayor Elena Dvorak said."
    detail = "The United States sent 40 engineers to help with the repairs."
    main = _question(
        "Which statement best sums up what the article reports?",
        lead,
        lead,
        type=QuestionType.MULTIPLE_CHOICE,
        choices=(lead, detail, "Rain fell.", "Tolls rose."),
        tags=("main idea",),
    )
    retold = _question(  # the choice, read as a true detail there, asked again
        "The United States sent 40 engineers to help with repairs.",
        "True",
        "The United States sent 40 engineers to help.",
        type=QuestionType.TRUE_FALSE,
    )
    apart = _question(  # a few of its words, another fact
        "The United States sent a minister to the reopening.",
        "False",
        "The United States sent 40 engineers to help.",
        type=QuestionType.TRUE_FALSE,
    )
    candidates = [Candidate(main, "main", 5.0, points=("main",))]
    for question in (retold, apart):
        chosen = select(
            _context(), [*candidates, Candidate(question, "said", 3.0)], 5, random.Random(0)
        )
        assert [q.prompt for q in chosen.questions][1:] == (
            [] if question is retold else [apart.prompt]
        )


def test_two_statements_on_one_happening_are_one_fact_whichever_is_true() -> None:
    true = _question(
        "The United States sent 40 engineers to help with the bridge.",
        "True",
        "The United States sent 40 engineers to help.",
        type=QuestionType.TRUE_FALSE,
    )
    false = _question(  # on another sentence, the same happening with its sender changed
        "Canada sent 40 engineers to help.",
        "False",
        "The bridge reopened on Monday, Mayor Elena Dvorak said.",
        type=QuestionType.TRUE_FALSE,
    )
    candidates = [Candidate(true, "sent", 3.0), Candidate(false, "sent-false", 2.0)]
    chosen = select(_context(), candidates, 5, random.Random(0)).questions
    assert len(chosen) == 1


def test_one_name_put_in_two_false_statements_is_asked_once() -> None:
    said = "The bridge reopened on Monday, Mayor Elena Dvorak said."
    first = _question(
        "Tom Baird said that the bridge reopened on Monday.",
        "False",
        said,
        type=QuestionType.TRUE_FALSE,
        altered="speaker: Elena Dvorak → Tom Baird",
    )
    second = _question(
        "Tom Baird said that 40 engineers came to help.",
        "False",
        "The United States sent 40 engineers to help.",
        type=QuestionType.TRUE_FALSE,
        altered="speaker: Elena Dvorak → Tom Baird",
    )
    candidates = [Candidate(first, "reopened", 3.0), Candidate(second, "engineers", 2.0)]
    chosen = select(_context(), candidates, 5, random.Random(0)).questions
    assert [q.prompt for q in chosen] == [first.prompt]


def _said_twice() -> tuple[Question, Question]:
    """Who said the mayor's words, asked directly and as a false statement naming another."""
    said = "The bridge reopened on Monday, Mayor Elena Dvorak said."
    who = _question(
        "Who said that the bridge reopened on Monday?",
        "Elena Dvorak",
        said,
        type=QuestionType.MULTIPLE_CHOICE,
        choices=("Elena Dvorak", "Tom Baird", "Ana Ruiz"),
        tags=("claim", "person", "viewpoint"),
    )
    swapped = _question(
        "Tom Baird said that the bridge reopened on Monday.",
        "False",
        said,
        type=QuestionType.TRUE_FALSE,
        tags=("claim", "speaker"),
        altered="speaker: Mayor Elena Dvorak → Tom Baird",
    )
    return who, swapped


def test_who_holds_a_view_is_asked_as_who_said_it_before_a_false_statement() -> None:
    who, swapped = _said_twice()
    candidates = [Candidate(swapped, "swapped", 3.0), Candidate(who, "who", 2.5)]
    chosen = select(_context(), candidates, 5, random.Random(0)).questions
    assert [q.prompt for q in chosen] == [who.prompt]


def test_a_false_statement_and_a_who_said_question_on_one_speaker_s_view_are_one_view() -> None:
    who, swapped = _said_twice()
    plain = _context()
    mayor = Entity("Elena Dvorak", EntityKind.PERSON, (_span("Elena Dvorak"),))
    ctx = Context(plain.article, replace(plain.analysis, entities=(mayor,)))
    # The mayor, named with her role in the statement's note and bare as the key.
    assert _one_view(ctx, who, swapped)
    assert _one_view(ctx, swapped, who)
    assert not _one_view(ctx, replace(who, answer="Tom Baird"), swapped)


_PAIRS = (Pair("“The bridge is safe”", "Elena Dvorak"), Pair("“We sent help”", "Tom Baird"))


@pytest.mark.parametrize(
    ("fields", "names_speakers"),
    [
        (
            {"type": QuestionType.MULTIPLE_CHOICE, "tags": ("quote", "person")},
            True,
        ),
        (
            {
                "type": QuestionType.TRUE_FALSE,
                "tags": ("claim", "speaker"),
                "altered": "speaker: Elena Dvorak → Tom Baird",
            },
            True,
        ),
        # Speakers matched to their words are asked about as one view each (see
        # `_one_view`); events matched to their years, a place put in a statement, are
        # no one's words.
        ({"type": QuestionType.MATCHING, "pairs": _PAIRS, "tags": ("quote", "viewpoint")}, False),
        ({"type": QuestionType.MATCHING, "pairs": _PAIRS, "tags": ("date", "event")}, False),
        (
            {
                "type": QuestionType.TRUE_FALSE,
                "tags": ("claim", "place"),
                "altered": "place: Kingstown → Port Ely",
            },
            False,
        ),
    ],
)
def test_who_said_it_is_asked_twice_at_most_in_either_form(
    fields: dict[str, object], names_speakers: bool
) -> None:
    """A statement giving someone's words to another asks whose words they are, as a
    who-said question does: both count to its cap."""
    question = _question("Who said it?", "Elena Dvorak", "The bridge reopened", **fields)
    assert _names_speakers(question) is names_speakers


def test_who_said_beside_a_matching_of_that_speaker_s_paragraph_is_one_view() -> None:
    who, _ = _said_twice()
    matching = _question(
        "Match each statement to the person who made it.",
        "",
        "The bridge reopened on Monday, Mayor Elena Dvorak said.",
        type=QuestionType.MATCHING,
        pairs=_PAIRS,
        tags=("quote", "person", "viewpoint"),
    )
    ctx = _context()
    assert _one_view(ctx, matching, who)
    assert _one_view(ctx, who, matching)
    # Someone the matching does not pair, or words from another paragraph, are another view.
    assert not _one_view(ctx, matching, replace(who, answer="Ana Ruiz"))
    elsewhere = _span("The United States sent 40 engineers to help.")
    moved = replace(who, evidence=(Evidence(elsewhere.start, elsewhere.end, elsewhere.text),))
    assert not _one_view(ctx, matching, moved)
