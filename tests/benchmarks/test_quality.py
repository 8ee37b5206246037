"""The quality check of generated banks: each kind of problem found alone, with exact figures."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.quality import (
    Finding,
    FindingKind,
    QualityReport,
    check_quality,
    chi_square_survival,
    combine_reports,
)
from studyguide.bank import save_bank
from studyguide.model import (
    Bank,
    BankArticle,
    Claim,
    Entity,
    EntityKind,
    Evidence,
    Pair,
    Question,
    QuestionType,
    Quote,
    QuoteKind,
    Span,
)

ROOT = Path(__file__).resolve().parents[2]

LIBRARY_TEXT = (
    "Town Library Opens Late\n"
    "ARDEN (Valley Post) — The town library will open until 10 pm from Monday, librarian Ines Okafor said.\n"
    "“Students asked for quiet evenings, and we listened,” she said on Friday.\n"
    "The United States Embassy gave 300 books in 2022. The old reading room closed in 2019.\n"
    "Tickets for the summer talks cost 5 dollars, the Friends of Arden Library said.\n"
    "The reading room will reopen in a new wing next spring.\n"
)
OPENING = "The town library will open until 10 pm from Monday, librarian Ines Okafor said."
QUOTE = "“Students asked for quiet evenings, and we listened,” she said on Friday."
BOOKS = "The United States Embassy gave 300 books in 2022."
CLOSED = "The old reading room closed in 2019."
TICKETS = "Tickets for the summer talks cost 5 dollars, the Friends of Arden Library said."
WING = "The reading room will reopen in a new wing next spring."


def _span(needle: str) -> Span:
    start = LIBRARY_TEXT.index(needle)
    return Span(start, start + len(needle), needle)


def _evidence(*sentences: str) -> tuple[Evidence, ...]:
    return tuple(Evidence(s.start, s.end, s.text) for s in map(_span, sentences))


ARTICLE = BankArticle(
    id="library",
    title="Town Library Opens Late",
    text=LIBRARY_TEXT,
    people=(Entity("Ines Okafor", EntityKind.PERSON, (), ("Okafor",), "librarian"),),
    organizations=(
        Entity("United States Embassy", EntityKind.ORGANIZATION, (), ("US Embassy",)),
        Entity("Friends of Arden Library", EntityKind.ORGANIZATION, ()),
    ),
    quotes=(
        Quote(
            _span("Students asked for quiet evenings, and we listened,"),
            QuoteKind.DIRECT,
            "Ines Okafor",
            _span(QUOTE),
            "said",
        ),
    ),
)

WHO = Question(
    id="q-who",
    type=QuestionType.MULTIPLE_CHOICE,
    article="library",
    prompt="Who said: “Students asked for quiet evenings, and we listened”?",
    answer="Ines Okafor",
    choices=("Ines Okafor", "Marta Lind", "Tomas Berg", "Aiko Sato"),
    evidence=_evidence(QUOTE),
)
YEAR = Question(
    id="q-year",
    type=QuestionType.MULTIPLE_CHOICE,
    article="library",
    prompt="Which year completes this sentence from the article? “The old reading room closed in _____.”",
    answer="2019",
    choices=("2016", "2019", "2021", "2022"),
    evidence=_evidence(CLOSED),
)
TRUE = Question(
    id="q-true",
    type=QuestionType.TRUE_FALSE,
    article="library",
    prompt="Ines Okafor said that the town library will open until 10 pm from Monday.",
    answer="True",
    evidence=_evidence(OPENING),
)
FALSE = Question(
    id="q-false",
    type=QuestionType.TRUE_FALSE,
    article="library",
    prompt="The United States Embassy gave 300 books in 2020.",
    answer="False",
    evidence=_evidence(BOOKS),
    altered="date: 2022 → 2020",
)
BLANK = Question(
    id="q-blank",
    type=QuestionType.FILL_BLANK,
    article="library",
    prompt="Tickets for the summer talks cost 5 dollars, the _____ said.",
    answer="Friends of Arden Library",
    evidence=_evidence(TICKETS),
)
SHORT = Question(
    id="q-short",
    type=QuestionType.SHORT_ANSWER,
    article="library",
    prompt="Where will the reading room reopen?",
    answer="In a new wing.",
    accepted=("a new wing",),
    evidence=_evidence(WING),
)
MATCH = Question(
    id="q-match",
    type=QuestionType.MATCHING,
    article="library",
    prompt="Match each name with what the article says of it.",
    pairs=(Pair("Ines Okafor", "librarian"), Pair("United States Embassy", "300 books")),
    evidence=_evidence(OPENING, BOOKS),
)
ORDER = Question(
    id="q-order",
    type=QuestionType.ORDERING,
    article="library",
    prompt="Put these events in the order they happened.",
    order=("The old reading room closed", "The United States Embassy gave 300 books"),
    evidence=_evidence(CLOSED, BOOKS),
)
QUESTIONS = (WHO, YEAR, TRUE, FALSE, BLANK, SHORT, MATCH, ORDER)


def _bank(*questions: Question) -> Bank:
    return Bank(title="Library", articles=(ARTICLE,), questions=questions)


def _changed(question: Question, **changes: object) -> Bank:
    """The clean bank with one question changed."""
    changed = dataclasses.replace(question, **changes)  # type: ignore[arg-type]
    return _bank(*(changed if q is question else q for q in QUESTIONS))


def _findings(bank: Bank) -> list[tuple[FindingKind, str, str]]:
    return [(f.kind, f.question, f.detail) for f in check_quality(bank, "library").findings]


def test_a_clean_bank_has_no_findings_and_its_figures() -> None:
    report = check_quality(_bank(*QUESTIONS), "library")
    assert report.findings == ()
    assert report.hard_failures == 0
    assert (report.banks, report.articles, report.questions) == (1, 1, 8)
    assert report.by_type == (
        (QuestionType.MULTIPLE_CHOICE, 2),
        (QuestionType.TRUE_FALSE, 2),
        (QuestionType.FILL_BLANK, 1),
        (QuestionType.SHORT_ANSWER, 1),
        (QuestionType.MATCHING, 1),
        (QuestionType.ORDERING, 1),
    )
    assert report.positions == (1, 1, 0, 0)
    assert report.expected_positions == (0.5, 0.5, 0.5, 0.5)
    assert report.position_chi_square == 2.0
    assert report.position_p_value == pytest.approx(0.5724067, abs=1e-7)
    assert report.position_ratio is None
    assert (report.true_statements, report.false_statements, report.true_share) == (1, 1, 0.5)


# ---------------------------------------------------------------------------
# Grounding
# ---------------------------------------------------------------------------


def test_evidence_that_is_not_the_article_text_at_its_offsets() -> None:
    start, end = _span(TICKETS).start + 1, _span(TICKETS).end + 1
    bank = _changed(BLANK, evidence=(Evidence(start, end, TICKETS),))
    assert _findings(bank) == [
        (
            FindingKind.UNGROUNDED,
            "q-blank",
            f"evidence 1 is not the article text at {start}-{end}",
        )
    ]


def test_a_question_without_evidence() -> None:
    assert _findings(_changed(SHORT, evidence=())) == [
        (FindingKind.UNGROUNDED, "q-short", "no evidence")
    ]


def test_a_question_about_an_article_the_bank_does_not_hold() -> None:
    assert _findings(_changed(SHORT, article="museum")) == [
        (FindingKind.UNGROUNDED, "q-short", 'article "museum" is not in the bank')
    ]


def test_an_answer_the_evidence_does_not_give() -> None:
    bank = _changed(BLANK, answer="Arden Book Club")
    assert _findings(bank) == [
        (FindingKind.UNGROUNDED, "q-blank", 'answer "Arden Book Club" is not in the evidence')
    ]


@pytest.mark.parametrize(
    ("prompt", "answer", "found"),
    [
        (
            "Tickets for the summer talks cost 5 _____, the Friends of Arden Library said.",
            "dollars",
            True,
        ),
        (
            "Tickets for the summer talks cost 5 dol_____, the Friends of Arden Library said.",
            "lars",
            True,
        ),
        (
            "Which word completes this sentence? “Tickets for the summer talks cost 5 dol_____, the Friends of Arden Library said.”",
            "lars",
            True,
        ),
        (
            "Tickets for the summer talks cost 5 dol_____, the Friends of Arden Library said.",
            "phins",
            False,
        ),
    ],
)
def test_an_answer_inside_a_word_is_grounded_when_it_fills_the_blank(
    prompt: str, answer: str, found: bool
) -> None:
    bank = _changed(BLANK, prompt=prompt, answer=answer)
    expected = (
        []
        if found
        else [(FindingKind.UNGROUNDED, "q-blank", f'answer "{answer}" is not in the evidence')]
    )
    assert _findings(bank) == expected


def test_currency_signs_tell_figures_apart() -> None:
    text = "The film took $74m (£40m) in cinemas and more than $40m (£22m) on DVD."
    article = BankArticle(id="film", title="Film", text=text)
    figure = Question(
        id="q-figure",
        type=QuestionType.MULTIPLE_CHOICE,
        article="film",
        prompt="Which figure completes this sentence? “The film took $74m (£40m) in cinemas and more than _____ (£22m) on DVD.”",
        answer="$40m",
        choices=("$40m", "$32m", "$80m", "$24m"),
        evidence=(Evidence(0, len(text), text),),
    )
    assert _findings(Bank(title="Film", articles=(article,), questions=(figure,))) == []


def test_an_acronym_in_the_evidence_grounds_the_full_name() -> None:
    blank = dataclasses.replace(BLANK, answer="the Friends of Arden Library")
    tickets = TICKETS.replace("the Friends of Arden Library", "FAL")
    article = dataclasses.replace(ARTICLE, text=LIBRARY_TEXT.replace(TICKETS, tickets))
    start = article.text.index(tickets)
    blank = dataclasses.replace(blank, evidence=(Evidence(start, start + len(tickets), tickets),))
    bank = Bank(title="Library", articles=(article,), questions=(blank,))
    assert _findings(bank) == []
    wrong = dataclasses.replace(blank, answer="Friends of the Library Committee")
    assert _findings(dataclasses.replace(bank, questions=(wrong,))) == [
        (
            FindingKind.UNGROUNDED,
            "q-blank",
            'answer "Friends of the Library Committee" is not in the evidence',
        )
    ]


def test_an_accepted_answer_in_the_evidence_grounds_a_short_answer() -> None:
    assert _findings(_changed(SHORT, accepted=())) == []
    assert _findings(_changed(SHORT, answer="A new wing at last.", accepted=())) == [
        (FindingKind.UNGROUNDED, "q-short", 'answer "A new wing at last." is not in the evidence')
    ]
    assert _findings(_changed(SHORT, answer="A new wing at last.")) == []


def test_a_speaker_named_only_by_a_pronoun_is_backed_by_the_article_quotes() -> None:
    article = dataclasses.replace(ARTICLE, quotes=())
    bank = dataclasses.replace(_bank(*QUESTIONS), articles=(article,))
    assert _findings(bank) == [
        (FindingKind.UNGROUNDED, "q-who", 'answer "Ines Okafor" is not in the evidence')
    ]


@pytest.mark.parametrize(
    "prompt",
    [
        "Ines Okafor said that the town library will close on Monday.",
        "Ines Okafor said that the town library will not open until 10 pm from Monday.",
    ],
)
def test_a_true_statement_the_evidence_does_not_make(prompt: str) -> None:
    assert _findings(_changed(TRUE, prompt=prompt)) == [
        (FindingKind.UNGROUNDED, "q-true", "statement is not in the evidence")
    ]


def _board(prompt: str, altered: str) -> Bank:
    text = "Mr Berg told the board that Ms Lind would lead the project."
    article = BankArticle(
        id="board",
        title="Board",
        text=text,
        people=(
            Entity("Tomas Berg", EntityKind.PERSON, (), ("Berg",)),
            Entity("Marta Lind", EntityKind.PERSON, (), ("Lind",)),
        ),
    )
    statement = Question(
        id="q-board",
        type=QuestionType.TRUE_FALSE,
        article="board",
        prompt=prompt,
        answer="False",
        evidence=(Evidence(0, len(text), text),),
        altered=altered,
    )
    return Bank(title="Board", articles=(article,), questions=(statement,))


def test_a_false_statement_that_drops_a_negation() -> None:
    bank = _board(
        "Mr Berg told the board that Ms Lind would lead the project.",
        "negation: “would not” → “would”",
    )
    text = "Mr Berg told the board that Ms Lind would not lead the project."
    article = dataclasses.replace(bank.articles[0], text=text)
    question = dataclasses.replace(bank.questions[0], evidence=(Evidence(0, len(text), text),))
    assert _findings(Bank(title="Board", articles=(article,), questions=(question,))) == []


def test_words_are_compared_without_their_endings() -> None:
    bank = _board(
        "Tomas Berg told the boards that Marta Lind leads the projects.",
        "verb: lead → close",
    )
    true = dataclasses.replace(bank.questions[0], answer="True", altered=None)
    assert _findings(dataclasses.replace(bank, questions=(true,))) == []


def test_a_false_statement_is_restored_at_each_place_of_its_change() -> None:
    bank = _board(
        "Marta Lind told the board that Marta Lind would lead the project.",
        "person: Tomas Berg → Marta Lind",
    )
    assert _findings(bank) == [
        (
            FindingKind.UNGROUNDED,
            "q-board",
            "false statement is backed by the evidence as it stands",
        )
    ]
    bank = _board(
        "Marta Lind told the board that Ms Lind would lead the project.",
        "person: Tomas Berg → Marta Lind",
    )
    assert _findings(bank) == [
        (
            FindingKind.UNGROUNDED,
            "q-board",
            "false statement is backed by the evidence as it stands",
        )
    ]
    bank = _board(
        "Mr Berg told the board that Tomas Berg would lead the project.",
        "person: Marta Lind → Tomas Berg",
    )
    assert _findings(bank) == [
        (
            FindingKind.UNGROUNDED,
            "q-board",
            "false statement is backed by the evidence as it stands",
        )
    ]
    bank = _board(
        "Mr Berg told the board that Ms Lind would close the project.",
        "verb: lead → close",
    )
    assert _findings(bank) == []
    bank = _board(
        "The chairman told the board that Ms Lind would lead the project.",
        "person: Mr Berg → the chairman",
    )
    assert _findings(bank) == []


def test_a_negation_must_stand_in_the_evidence_as_often() -> None:
    text = "The deficit has reached a size that may lead investors not to hold dollars."
    article = BankArticle(id="deficit", title="Deficit", text=text)
    statement = Question(
        id="q-deficit",
        type=QuestionType.TRUE_FALSE,
        article="deficit",
        prompt="The deficit has not reached a size that may lead investors not to hold dollars.",
        answer="True",
        evidence=(Evidence(0, len(text), text),),
    )
    bank = Bank(title="Deficit", articles=(article,), questions=(statement,))
    assert _findings(bank) == [
        (FindingKind.UNGROUNDED, "q-deficit", "statement is not in the evidence")
    ]
    reworded = dataclasses.replace(
        statement, prompt="The deficit may lead investors not to hold dollars."
    )
    assert _findings(dataclasses.replace(bank, questions=(reworded,))) == []


@pytest.mark.parametrize(
    ("altered", "detail"),
    [
        (None, 'false statement without an "altered" note naming what was changed'),
        ("date: 2022 → 2021", 'false statement without an "altered" note naming what was changed'),
        ("date: 2018 → 2020", "statement is not in the evidence"),
    ],
)
def test_a_false_statement_must_be_true_once_its_change_is_undone(
    altered: str | None, detail: str
) -> None:
    assert _findings(_changed(FALSE, altered=altered)) == [
        (FindingKind.UNGROUNDED, "q-false", detail)
    ]


def test_the_changed_words_of_a_false_statement_may_stand_in_quote_marks() -> None:
    bank = _changed(
        FALSE,
        prompt="The United States Embassy did not give 300 books in 2022.",
        altered="negation: “gave” → “did not give”",
    )
    assert _findings(bank) == []


def test_a_matching_item_the_evidence_does_not_give() -> None:
    pairs = (Pair("Ines Okafor", "head librarian"), MATCH.pairs[1])
    assert _findings(_changed(MATCH, pairs=pairs)) == [
        (FindingKind.UNGROUNDED, "q-match", 'item "head librarian" is not in the evidence')
    ]


def test_an_ordering_item_the_evidence_does_not_give() -> None:
    order = ("The old reading room closed", "The embassy sent 300 books")
    assert _findings(_changed(ORDER, order=order)) == [
        (
            FindingKind.UNGROUNDED,
            "q-order",
            'item "The embassy sent 300 books" is not in the evidence',
        )
    ]


# ---------------------------------------------------------------------------
# Give-aways
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "prompt", "shown"),
    [
        (WHO, "Who said: “Students asked Okafor for quiet evenings”?", "Okafor"),
        (
            WHO,
            "Who said, in INES OKAFOR's words: “Students asked for quiet evenings”?",
            "Ines Okafor",
        ),
        (
            YEAR,
            "Which year completes this sentence? “The room, shut since 2019, closed in _____.”",
            "2019",
        ),
        (
            BLANK,
            "Tickets cost 5 dollars, the _____ (the friends of Arden library) said.",
            "Friends of Arden Library",
        ),
    ],
)
def test_a_prompt_that_holds_its_answer(question: Question, prompt: str, shown: str) -> None:
    assert _findings(_changed(question, prompt=prompt)) == [
        (FindingKind.GIVE_AWAY, question.id, f'prompt contains "{shown}"')
    ]


def test_an_accepted_answer_in_the_prompt_gives_it_away() -> None:
    bank = _changed(SHORT, prompt="Where will the reading room reopen? (Hint: a new wing.)")
    assert _findings(bank) == [(FindingKind.GIVE_AWAY, "q-short", 'prompt contains "a new wing"')]


def test_the_answer_inside_a_longer_word_is_no_give_away() -> None:
    bank = _changed(
        YEAR, prompt="Which year completes this sentence? “The room closed in _____ (ref. 20190).”"
    )
    assert _findings(bank) == []


@pytest.mark.parametrize(
    ("prompt", "found"),
    [
        ("Who told us about the new embassy?", []),
        ("Who sent the US-led aid?", [(FindingKind.GIVE_AWAY, "q-us", 'prompt contains "US"')]),
        ("Who sent the U.S. aid?", [(FindingKind.GIVE_AWAY, "q-us", 'prompt contains "US"')]),
    ],
)
def test_an_acronym_answer_is_matched_in_capitals(
    prompt: str, found: list[tuple[FindingKind, str, str]]
) -> None:
    question = dataclasses.replace(
        BLANK, id="q-us", prompt=prompt, answer="US", evidence=_evidence(BOOKS)
    )
    give_aways = [f for f in _findings(_bank(question)) if f[0] is FindingKind.GIVE_AWAY]
    assert give_aways == found


# ---------------------------------------------------------------------------
# Distractors
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("choices", "detail"),
    [
        (
            ("Ines Okafor", "Okafor", "Tomas Berg", "Aiko Sato"),
            '"Okafor" is the answer "Ines Okafor"',
        ),
        (
            ("Ines Okafor", "Tomas Berg", "the Ines Okafor.", "Aiko Sato"),
            '"the Ines Okafor." is the answer "Ines Okafor"',
        ),
        (
            ("Ines Okafor", "Tomas Berg", "Aiko Sato", "Ines Okafor"),
            '"Ines Okafor" is the answer "Ines Okafor"',
        ),
    ],
)
def test_a_distractor_that_is_the_answer_under_another_name(
    choices: tuple[str, ...], detail: str
) -> None:
    assert _findings(_changed(WHO, choices=choices)) == [
        (FindingKind.ALIAS_DISTRACTOR, "q-who", detail)
    ]


@pytest.mark.parametrize(
    ("answer", "distractor"),
    [("the United States", "United States."), ("US", "U.S."), ("The U.S.", "us")],
)
def test_us_and_the_united_states_are_compared_folded(answer: str, distractor: str) -> None:
    question = dataclasses.replace(
        WHO,
        id="q-country",
        prompt="Which country gave 300 books?",
        answer=answer,
        choices=(answer, "Canada", distractor, "Japan"),
        evidence=_evidence(BOOKS),
    )
    report = check_quality(_bank(question), "library")
    assert [(f.kind, f.detail) for f in report.findings if f.kind.hard][-1] == (
        FindingKind.ALIAS_DISTRACTOR,
        f'"{distractor}" is the answer "{answer}"',
    )


def test_a_distractor_given_twice() -> None:
    choices = ("Ines Okafor", "Tomas Berg", "Aiko Sato", "tomas berg.")
    assert _findings(_changed(WHO, choices=choices)) == [
        (FindingKind.DUPLICATE_DISTRACTOR, "q-who", '"tomas berg." repeats "Tomas Berg"')
    ]


# ---------------------------------------------------------------------------
# Near duplicates, answers shown by another question
# ---------------------------------------------------------------------------


def test_two_prompts_worded_almost_alike() -> None:
    twin = dataclasses.replace(
        TRUE,
        id="q-twin",
        prompt="Ines Okafor said that the town library will open until 10 pm from Tuesday.",
        answer="False",
        altered="day: Monday → Tuesday",
    )
    assert _findings(_bank(*QUESTIONS, twin)) == [
        (FindingKind.NEAR_DUPLICATE, "q-twin", 'prompt is 95% like that of "q-true"')
    ]


def test_prompts_of_one_template_about_different_facts_are_no_duplicates() -> None:
    role = dataclasses.replace(
        SHORT,
        id="q-role",
        prompt="Who is the librarian, according to the article?",
        answer="Ines Okafor",
        accepted=(),
        evidence=_evidence(OPENING),
    )
    other = dataclasses.replace(
        role,
        id="q-role-2",
        prompt="Who is the head librarian, according to the article?",
        answer="Friends of Arden Library",
        evidence=_evidence(TICKETS),
    )
    assert _findings(_bank(role, other)) == []
    same_answer = dataclasses.replace(other, answer="ines okafor", evidence=_evidence(QUOTE))
    assert _findings(_bank(role, same_answer)) == [
        (FindingKind.NEAR_DUPLICATE, "q-role-2", 'prompt is 95% like that of "q-role"')
    ]
    again = dataclasses.replace(role, id="q-role-3", answer="Tomas Berg", evidence=())
    assert [f[:2] for f in _findings(_bank(role, again))] == [
        (FindingKind.UNGROUNDED, "q-role-3"),
        (FindingKind.NEAR_DUPLICATE, "q-role-3"),
    ]


def test_matching_and_ordering_instructions_may_repeat() -> None:
    again = dataclasses.replace(ORDER, id="q-order-2", order=tuple(reversed(ORDER.order)))
    assert _findings(_bank(*QUESTIONS, again)) == []


def test_an_answer_another_question_on_the_same_evidence_shows() -> None:
    blank = Question(
        id="q-embassy",
        type=QuestionType.FILL_BLANK,
        article="library",
        prompt="The _____ gave 300 books in 2022.",
        answer="US Embassy",
        evidence=_evidence(BOOKS),
    )
    assert _findings(_bank(*QUESTIONS, blank)) == [
        (
            FindingKind.ANSWER_SHOWN,
            "q-embassy",
            'the prompt of "q-false" shows the answer "United States Embassy"',
        )
    ]


# ---------------------------------------------------------------------------
# Balance, totals, the chi-square test
# ---------------------------------------------------------------------------


def test_every_correct_choice_in_first_place() -> None:
    questions = [
        dataclasses.replace(YEAR, id=f"q-year-{n}", choices=("2019", "2016", "2021", "2022"))
        for n in range(4)
    ]
    report = check_quality(_bank(*questions))
    assert report.positions == (4, 0, 0, 0)
    assert report.position_chi_square == 12.0
    assert report.position_p_value == pytest.approx(0.0073832, abs=1e-7)
    assert report.position_ratio is None
    assert report.true_share is None


def test_positions_with_choices_of_different_numbers() -> None:
    three = dataclasses.replace(YEAR, id="q-three", choices=("2016", "2021", "2019"))
    report = check_quality(_bank(WHO, YEAR, three))
    assert report.positions == (1, 1, 1, 0)
    assert report.expected_positions == pytest.approx((5 / 6, 5 / 6, 5 / 6, 0.5))
    assert report.position_chi_square == pytest.approx(0.6)
    assert report.position_ratio is None


def test_the_ratio_of_the_most_and_least_used_places() -> None:
    moved = [
        dataclasses.replace(WHO, id=f"q-who-{n}", choices=_rotated(WHO.choices, n))
        for n in (0, 1, 2, 3, 3)
    ]
    report = check_quality(_bank(*moved))
    assert report.positions == (1, 1, 1, 2)
    assert report.position_ratio == 2.0


def test_a_correct_choice_longer_than_the_others() -> None:
    longest = dataclasses.replace(WHO, choices=("Ines Okafor", "Ann Li", "Tom Berg", "Al Sato"))
    ties = dataclasses.replace(
        WHO, id="q-ties", choices=("Ines Okafor", "Marta Lind", "Tomas Bergs")
    )
    report = check_quality(_bank(longest, ties, YEAR))
    assert (report.longest_answers, report.expected_longest) == (1, 0.25)


def _rotated(choices: tuple[str, ...], place: int) -> tuple[str, ...]:
    """The choices with the first (the answer) moved to `place`."""
    rest = list(choices[1:])
    rest.insert(place, choices[0])
    return tuple(rest)


def test_reports_combine_into_a_total() -> None:
    clean = check_quality(_bank(*QUESTIONS), "clean.yaml")
    broken = check_quality(_changed(BLANK, answer="Arden Book Club"), "broken.yaml")
    total = combine_reports([clean, broken])
    assert (total.name, total.banks, total.articles, total.questions) == ("total", 2, 2, 16)
    assert dict(total.by_type)[QuestionType.MULTIPLE_CHOICE] == 4
    assert total.positions == (2, 2, 0, 0)
    assert total.position_chi_square == 4.0
    assert (total.true_statements, total.false_statements) == (2, 2)
    assert total.findings == (
        Finding(
            FindingKind.UNGROUNDED,
            "q-blank",
            'answer "Arden Book Club" is not in the evidence',
            "broken.yaml",
        ),
    )
    assert total.hard_failures == 1
    assert total.count(FindingKind.UNGROUNDED) == 1


def test_an_empty_total() -> None:
    total = combine_reports([])
    assert (total.questions, total.positions, total.position_chi_square) == (0, (), None)


@pytest.mark.parametrize(
    ("statistic", "freedom", "expected"),
    [
        (3.841459, 1, 0.05),
        (5.991465, 2, 0.05),
        (7.814728, 3, 0.05),
        (11.34487, 3, 0.01),
        (9.487729, 4, 0.05),
        (11.0705, 5, 0.05),
        (0.0, 3, 1.0),
    ],
)
def test_chi_square_survival(statistic: float, freedom: int, expected: float) -> None:
    assert chi_square_survival(statistic, freedom) == pytest.approx(expected, abs=1e-5)


def test_a_report_as_plain_data() -> None:
    report = check_quality(_changed(BLANK, answer="Arden Book Club"), "library.yaml")
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["positions"] == {"A": 1, "B": 1, "C": 0, "D": 0}
    assert data["counts"] == {
        "ungrounded": 1,
        "give-away": 0,
        "alias distractor": 0,
        "duplicate distractor": 0,
        "near-duplicate prompt": 0,
        "answer shown elsewhere": 0,
    }
    assert data["position_p_value"] == 0.5724
    assert data["true_share"] == 0.5


# ---------------------------------------------------------------------------
# benchmarks/check_banks.py
# ---------------------------------------------------------------------------


def _check_banks(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "check_banks.py"), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_script_passes_a_clean_bank(tmp_path: Path) -> None:
    save_bank(_bank(*QUESTIONS), tmp_path / "library.yaml")
    done = _check_banks(str(tmp_path / "library.yaml"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "bank     q  mc  tf  fb  sa  ma  or  ungr  give  alias  dup  near  shown  A/B/C/D  chi2     p  max/min   long  true",
        "-------  -  --  --  --  --  --  --  ----  ----  -----  ---  ----  -----  -------  ----  ----  -------  -----  ----",
        "library  8   2   2   1   1   1   1     0     0      0    0     0      0  1/1/0/0   2.0  0.57        -  1/0.2   50%",
        "",
        "8 questions in 1 banks: 0 hard failures (0 ungrounded, 0 give-away, 0 alias distractor,"
        " 0 duplicate distractor), 0 near-duplicate prompts (ratio >= 80), 0 answers shown by"
        " another prompt",
    ]


def test_the_script_fails_on_a_hard_failure_and_lists_it(tmp_path: Path) -> None:
    save_bank(_bank(*QUESTIONS), tmp_path / "clean.yaml")
    save_bank(
        _changed(WHO, choices=("Ines Okafor", "Okafor", "Tomas Berg", "Aiko Sato")),
        tmp_path / "alias.yaml",
    )
    done = _check_banks(str(tmp_path / "clean.yaml"), str(tmp_path / "alias.yaml"))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines[2:5]] == ["clean", "alias", "total"]
    assert lines[-1] == (
        f'FAIL {tmp_path / "alias.yaml"}: q-who: alias distractor: "Okafor" is the answer "Ines Okafor"'
    )


def test_the_script_writes_json(tmp_path: Path) -> None:
    save_bank(_bank(*QUESTIONS), tmp_path / "library.yaml")
    done = _check_banks(str(tmp_path / "library.yaml"), "--format", "json")
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert [bank["name"] for bank in data["banks"]] == [str(tmp_path / "library.yaml")]
    assert data["total"]["questions"] == 8
    assert data["total"]["by_type"] == {
        "multiple_choice": 2,
        "true_false": 2,
        "fill_blank": 1,
        "short_answer": 1,
        "matching": 1,
        "ordering": 1,
    }


def test_the_script_names_a_bank_it_cannot_read(tmp_path: Path) -> None:
    done = _check_banks(str(tmp_path / "nope.yaml"))
    assert done.returncode == 2
    assert done.stderr.startswith(f"error: {tmp_path / 'nope.yaml'}: no such question bank")
    assert done.stdout == ""


def test_reports_are_frozen() -> None:
    report = check_quality(_bank(*QUESTIONS))
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.questions = 3  # type: ignore[misc]
    assert isinstance(report, QualityReport)


# ---------------------------------------------------------------------------
# benchmarks/bbc_run.py, on two stories written for the test
# ---------------------------------------------------------------------------

STORIES = [
    {
        "id": "test:news/1",
        "section": "news",
        "text": "Harbour Bridge Reopens\n\nThe Old Harbour Bridge reopened on Monday after two"
        ' years of repairs, Mayor Elena Dvorak said.\n\n"We promised a safer crossing, and today'
        ' we keep that promise," Dvorak said at the ceremony.\n\nEngineers from Lodz Steelworks'
        " replaced 40 cables in 2023.\n",
    },
    {"id": "test:news/2", "section": "news", "text": "   \n"},
]


@pytest.mark.slow
def test_the_corpus_runner_counts_crashes_and_checks_the_banks_it_writes(tmp_path: Path) -> None:
    corpus = tmp_path / "stories.jsonl"
    corpus.write_text("".join(json.dumps(s) + "\n" for s in STORIES), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "bbc_run.py"),
            str(corpus),
            "--out",
            str(tmp_path / "banks"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("CRASH test:news/2 (ingest): studyguide.errors.EmptyArticle: ")
    assert lines[0].endswith("test-news-2.txt: is empty")
    assert lines[2:4] == [
        "articles: 2 (news 2)",
        "crashes: 1 (1 ingest, 0 analysis, 0 generation, 0 save)",
    ]
    assert lines[4].startswith("seconds: ")
    assert lines[6].startswith("generated: 1 articles, ")
    assert sorted(p.name for p in (tmp_path / "banks").iterdir()) == ["test-news-1.yaml"]
    assert any(re.match(r"\d+ questions in 1 banks: ", line) for line in lines)
    story = Path(lines[0].split(": ")[2])
    assert story.name == "test-news-2.txt"
    assert not story.parent.exists()


def test_a_claim_is_grounded_under_any_name_of_its_speaker() -> None:
    text = "Phones Rarely Send Pictures\nThe Mobile Data Association (MDA) counts messages.\nIt said that most users never sent a picture.\n"
    said = "It said that most users never sent a picture."
    start = text.index(said)
    content = "most users never sent a picture"
    article = BankArticle(
        id="phones",
        title="Phones Rarely Send Pictures",
        text=text,
        organizations=(Entity("Mobile Data Association", EntityKind.ORGANIZATION, (), ("MDA",)),),
        claims=(
            Claim(
                Span(text.index(content), text.index(content) + len(content), content),
                "MDA",
                "said",
                Span(start, start + len(said), said),
            ),
        ),
    )
    statement = Question(
        id="q-claim",
        type=QuestionType.TRUE_FALSE,
        article="phones",
        prompt="The Mobile Data Association said that most users never sent a picture.",
        answer="True",
        evidence=(Evidence(start, start + len(said), said),),
    )
    bank = Bank(title="Phones", articles=(article,), questions=(statement,))
    assert check_quality(bank, "phones").findings == ()
