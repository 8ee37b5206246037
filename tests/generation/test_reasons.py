"""Why-questions from the article's own "because", "due to" and "as": a table of clauses
written for these tests (as `Context.as_clause` gives them: an ordinary first word in lower
case), each with the question and the reason it must give."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.analysis import analyze_article
from studyguide.generation.context import Context
from studyguide.generation.reasons import (
    _because,
    _effect,
    _purpose,
    _reason,
    base_form,
    reason_answer,
)
from studyguide.ingest import parse_text
from studyguide.model import Difficulty

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("clause", "asked"),
    [
        (
            "the museum has been closed for two years because its roof is no longer safe",
            ("has the museum been closed for two years", "its roof is no longer safe"),
        ),
        (
            "the museum closed on Friday because its roof was no longer safe, the council said",
            ("did the museum close on Friday", "its roof was no longer safe"),
        ),
        (
            "the ferry company cut its fares due to a month of protests by residents",
            ("did the ferry company cut its fares", "of a month of protests by residents"),
        ),
        (
            "shares in the bakery chain fell sharply because sales of its pies slumped",
            ("did shares in the bakery chain fall sharply", "sales of its pies slumped"),
        ),
        (
            "the old pier was sold to pay for the new harbour wall",
            ("was the old pier sold", "to pay for the new harbour wall"),
        ),
        (
            "the EU raised the compensation in a bid to deter airlines from overbooking flights",
            ("did the EU raise the compensation", "to deter airlines from overbooking flights"),
        ),
        (
            "some pupils could be moving in an attempt to avoid the fees, but this was rare",
            ("could some pupils be moving", "to avoid the fees"),
        ),
        (
            "the ferry captain was fined for sailing without a licence",
            ("was the ferry captain fined", "sailing without a licence"),
        ),
        # How much of the cause it is stays out of the answer.
        (
            "takings at the cinema chain fell 8% in 2004, mainly due to the strength of the pound",
            ("did takings at the cinema chain fall 8% in 2004", "of the strength of the pound"),
        ),
        (
            "orders for diggers have been high thanks to a building boom in the north",
            ("have orders for diggers been high", "of a building boom in the north"),
        ),
        (
            "orders for diggers have been high thanks to a building boom in the north, which"
            " grew by 9% last year",
            ("have orders for diggers been high", "of a building boom in the north"),
        ),
        # A reason given first is asked as one given last; a "they" is the reason's subject
        # only where the number agrees.
        (
            "because the roof was unsafe, the museum closed for a year",
            ("did the museum close for a year", "the roof was unsafe"),
        ),
        (
            "because the ferries are too old for winter storms, they're kept in the harbour",
            ("are the ferries kept in the harbour", "the ferries are too old for winter storms"),
        ),
        ("because the pier is old, they closed it for repairs", None),
        # A dash's aside cut at the link leaves a question with no end.
        ("exports are in the hands of the US, who - thanks to subsidies - sell cheap", None),
        # "Poised to" tells what comes next, and an incitement's "to" is its own.
        ("the club's directors are poised to complain about the referee's conduct", None),
        (
            "a man was detained on suspicion of incitement to commit criminal damage",
            None,
        ),
        # Two clauses before "for": the question would ask both.
        (
            "output declined 0.2% in 2003 and Mayor Ann Della Lane - elected as the town's"
            " first woman mayor in 2002 - was strongly criticised for pursuing a hardline policy",
            None,
        ),
        # A count before "for" turns the question to "why only one?".
        ("the ferry firm was charged with one breach for sailing without a licence", None),
        # "for" after a verb that judges no one tells what a thing is for.
        ("the council set aside money for building new homes", None),
        # An aside with "as", and "as" of a likeness, tell no reason.
        (
            "the tangled feud between the two ferry lines, as they call it, has been a story of"
            " slights and snubs",
            None,
        ),
        ("the ferry was just as full in winter, when fares rose, as it was in summer", None),
        # An "as" of a happening tells when, not why.
        ("the mayor is courting the island voters, as she tours the coast this week", None),
        ("protesters heckled the mayor, as she was speaking at the harbour", None),
        ("the ferry crews will strike again next month, as they have done every winter", None),
        (
            "shares in the ferry line were flat, as the results were slightly better than expected",
            (
                "were shares in the ferry line flat",
                "the results were slightly better than expected",
            ),
        ),
        (
            "the harbour board has been closing the pier as well as the beach, as it does not"
            " trust the sea wall",
            (
                "has the harbour board been closing the pier as well as the beach",
                "it does not trust the sea wall",
            ),
        ),
        # "after" tells what came before, not that it was why: with a clause, or a time.
        ("the club could be fined after three fans were arrested for throwing coins", None),
        ("the gallery tried to buy the picture after a ban on its export was issued", None),
        # Who said it, inside the question, garbles it.
        ("sales are expected to fall, the firm said this week, because demand is weak", None),
        # "Why should it pass?" asks what it ought to do, not why it is expected to.
        ("the bill should pass quickly because it has the support of both parties", None),
        (
            "the league banned its captain for six games after he pushed a referee",
            None,
        ),
        ("the winger signed a new contract after a spell at Leeds United", None),
        # "from ... to ..." is a range, not a purpose.
        ("the show was axed after its ratings slumped from seven million to 1.5 million", None),
        (
            "the visitors missed a chance to level shortly after the break but the kick went wide",
            None,
        ),
        # The aim ends where another thing is named.
        (
            "the car was built in order to win races and the knowledge they gather is useful",
            ("was the car built", "to win races"),
        ),
        # An aim inside a clause on what someone feared is that clause's, not the sentence's.
        (
            "the figures came amid fears that the bank may raise rates in order to curb prices",
            None,
        ),
        # What something was meant to do is its aim, not a reason: "Why was it intended?"
        ("the first game was intended to win fans for the new console", None),
        ("each image was made to overlap the next one slightly", None),
        # ", as" after what something led to tells how it went, not why.
        ("the figures led to volatile trade, as the main indexes swung up and down", None),
        # What came before is not what brought it about; a failure that did is.
        ("the player hired the coach after deciding to part from his old one", None),
        (
            "the runner was banned after failing a drugs test in May",
            ("was the runner banned", "failing a drugs test in May"),
        ),
        # A plan is not a cause; a pronoun is not a subject that reads alone.
        ("the firm is due to merge with its rival next spring", None),
        ("It closed because the roof was unsafe", None),
        # Two clauses, or a verb of saying in the subject: no question reads cleanly.
        ("the game is by no means bad, and it is only short because the first was so good", None),
        ("the firm promised no jobs would be lost as a result of the new machines", None),
        ("the bridge was built in 1931 but it was closed because the cables were rusting", None),
        # A turn set off by a dash ends the reason, as one after a comma does.
        (
            "some wardens are reluctant to register students because of data protection fears"
            " - but students can register themselves",
            ("are some wardens reluctant to register students", "of data protection fears"),
        ),
        # Judging that another side did, after "and", is not the subject's.
        ("the campaign was controversial and critics attacked it for using spam tactics", None),
        # A turn that denies the reason changes what it means.
        (
            "the school shut its pool because of rising costs, but not for long, the head said",
            None,
        ),
    ],
)
def test_why_questions(clause: str, asked: tuple[str, str] | None) -> None:
    assert (_reason(None, clause) or _purpose(clause)) == asked  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("clause", "asked"),
    [
        (
            "the storm led to the closure of the coast road",
            ("what did the storm lead to", "the closure of the coast road"),
        ),
        # A question the article asks has no answer in its own words.
        ("What has led to the growing popularity of ferry trips?", None),
        (
            "heavy rain caused the river to burst its banks",
            ("what caused the river to burst its banks", "heavy rain"),
        ),
        # What sparked or prompted a thing, asked of one thing whatever the cause's number.
        (
            "comments by the harbour board at the end of last week have sparked fresh protests",
            (
                "what has sparked fresh protests",
                "comments by the harbour board at the end of last week",
            ),
        ),
        (
            "the closure of the pier prompted calls for a public inquiry",
            ("what prompted calls for a public inquiry", "the closure of the pier"),
        ),
        (
            "the airline has blamed high fuel prices for a sharp fall in profits",
            ("what has the airline blamed for a sharp fall in profits", "high fuel prices"),
        ),
        ("the ferry company was forced to sell its oldest boat", None),  # no purpose
        ("the rescue boats are needed to rescue sailors in trouble", None),  # their name says
        ("the second test was alleged to have been missed in May", None),  # what was said
        ("users are warned never to open attachments from strangers", None),  # what was said
        # "recovered to close out the set" tells what came next, not what it was for.
        ("The top seed was rattled but recovered to close out the set", None),
        # "to expect them to give up": what was expected, not what it was for.
        ("the council was entitled to expect the firm to pay the bill", None),
        # "to face Kelby" is the task's: what the new man will do, not why he was chosen.
        ("the winger has been handed the task of replacing the captain to face Kelby", None),
        ("the winger has been chosen from the reserves to replace the captain", None),
        ("the ferry has been bought from the council to carry tourists in summer", None),
        # "positioned to garner": what they are placed for, not what was done for it.
        ("the two rival candidates are positioned to garner support across the country", None),
        # What the stamps or the failure is for, not what was done for it.
        ("visitors were offered two stamps to choose from", None),
        ("the rule was inspired by the failure of the harbour board to protect sailors", None),
        (
            "the old ferry was sold at auction to pay off the harbour board's debts",
            ("was the old ferry sold at auction", "to pay off the harbour board's debts"),
        ),
    ],
)
def test_effect_and_purpose_questions(clause: str, asked: tuple[str, str] | None) -> None:
    assert (_effect(clause) or _purpose(clause)) == asked


@pytest.mark.parametrize(
    ("past", "base"),
    [
        ("closed", "close"),
        ("stopped", "stop"),
        ("cancelled", "cancel"),
        ("controlled", "control"),
        ("smelled", "smell"),
        ("installed", "install"),
        ("carried", "carry"),
        ("agreed", "agree"),
        ("decided", "decide"),
        ("failed", "fail"),
        ("offered", "offer"),
        ("fell", "fall"),
        ("won", "win"),
        ("been", None),
        ("in", None),
    ],
)
def test_base_forms(past: str, base: str | None) -> None:
    assert base_form(past) == base


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer", "accepted"),
    [
        (
            "The payouts are bigger than last year, because of stricter eligibility rules.",
            "Why are the payouts bigger than last year?",
            "stricter eligibility rules",
            ("because of stricter eligibility rules",),
        ),
        # A cause after "thanks to" or "due to" is a noun phrase, as after "because of".
        (
            "The payouts are bigger than last year thanks to the society's soaring profits.",
            "Why are the payouts bigger than last year?",
            "the society's soaring profits",
            ("because of the society's soaring profits",),
        ),
        (
            "The payouts are bigger than last year due to a flood of savers from the failed Harbour Bank.",
            "Why are the payouts bigger than last year?",
            "a flood of savers from the failed Harbour Bank",
            ("because of a flood of savers from the failed Harbour Bank",),
        ),
        # What sparked a thing is answered by the thing, never "because ...".
        (
            "Complaints by the members' forum have sparked the bigger payouts.",
            "What has sparked the bigger payouts?",
            "complaints by the members' forum",
            (),
        ),
    ],
)
def test_a_cause_is_accepted_in_the_form_its_question_asks(
    nlp: Language, sentence: str, prompt: str, answer: str, accepted: tuple[str, ...]
) -> None:
    text = f"""Society Pays Out

The Ashford Building Society will share its profits with members this spring.

{sentence}
"""
    article = parse_text(text, article_id="payout")
    ctx = Context(article, analyze_article(article, nlp))
    (asked,) = [c.question for c in reason_answer(ctx) if "payouts" in c.question.prompt]
    assert (asked.prompt, asked.answer, asked.accepted) == (prompt, answer, accepted)


def test_what_a_doing_was_for_is_asked_as_why_with_a_to_answer(nlp: Language) -> None:
    text = """Ferry Fares Rise

Harbour Line will raise its fares by a tenth from next month.

To offset the rising cost of fuel, the ferry company introduced a surcharge on every ticket.
"""
    article = parse_text(text, article_id="surcharge")
    ctx = Context(article, analyze_article(article, nlp))
    (asked,) = [c.question for c in reason_answer(ctx) if "surcharge" in c.question.prompt]
    assert asked.prompt == "Why did the ferry company introduce a surcharge on every ticket?"
    assert asked.answer == "to offset the rising cost of fuel"
    assert asked.accepted == ()


def test_no_why_question_whose_aim_the_question_names(nlp: Language) -> None:
    text = """Ferry Reforms

Harbour Line will cut its winter crossings from next month.

A passenger advisory panel will be created to advise the ferry company on its timetables.
"""
    article = parse_text(text, article_id="panel")
    ctx = Context(article, analyze_article(article, nlp))
    # "Why will a passenger advisory panel be created?" "To advise ...": its name says so.
    assert not [c for c in reason_answer(ctx) if "panel" in c.question.prompt]


def test_an_aim_that_ends_its_paragraph_is_asked(nlp: Language) -> None:
    text = """Harbour Fees Rise

Kelby's harbour fees will rise by a fifth from April.

The council raised the fees to pay for twelve electric buses and a new depot.

Fishermen say the rise will cost them dearly.
"""
    article = parse_text(text, article_id="fees")
    ctx = Context(article, analyze_article(article, nlp))
    (asked,) = [c.question for c in reason_answer(ctx) if "council" in c.question.prompt]
    # "to pay": a short verb, which the question's words do not give.
    assert asked.answer == "to pay for twelve electric buses and a new depot"


def test_a_why_question_drops_the_linking_word_the_sentence_opens_on(nlp: Language) -> None:
    text = """Club Accounts Published

Harbour Town football club published its accounts for the last season on Monday.

In addition, the club is selling 17 of its players, its stand and its training ground because\
 the bank has called in its loans.
"""
    article = parse_text(text, article_id="accounts")
    ctx = Context(article, analyze_article(article, nlp))
    (asked,) = [c.question for c in reason_answer(ctx) if "selling" in c.question.prompt]
    assert asked.prompt == (
        "Why is the Harbour Town football club selling 17 of its players, its stand and its"
        " training ground?"
    )
    assert asked.answer == "the bank has called in its loans"


def test_a_why_question_turns_round_the_verb_the_parse_gives(nlp: Language) -> None:
    text = """Ferry Talks

Ferry company bosses met union leaders in Kelby on Monday.

Senior managers spoke about issues related to the new timetable only in private because their\
 talks with the unions are confidential.
"""
    article = parse_text(text, article_id="talks")
    ctx = Context(article, analyze_article(article, nlp))
    asked = [c.question.prompt for c in reason_answer(ctx) if "managers" in c.question.prompt]
    # Not "Why did senior managers spoke about issues relate to ...?": "related" is no verb
    # of the sentence's own, and the parse knows it.
    assert asked == [
        "Why did senior managers speak about issues related to the new timetable only in private?"
    ]


def test_a_why_question_leaves_how_much_of_the_cause_it_is_to_the_answer(
    nlp: Language,
) -> None:
    text = """Sea Wall Repairs

Kelby's sea wall will be rebuilt this summer at a cost of two million pounds.

The harbour board decided to rebuild the wall in part because of a spike in winter storms\
 along the coast.
"""
    article = parse_text(text, article_id="seawall")
    ctx = Context(article, analyze_article(article, nlp))
    (asked,) = [c.question for c in reason_answer(ctx) if "board" in c.question.prompt]
    assert asked.prompt == "Why did the harbour board decide to rebuild Kelby's sea wall?"


def test_a_verb_in_the_simple_present_is_asked_with_does(nlp: Language) -> None:
    text = """Ferry Boss Charged

Harbour Line's former chief executive Tom Reddy has been arrested in Brinmouth.

Now Mr Reddy faces criminal charges because he hid safety defects in the fleet's hulls.
"""
    article = parse_text(text, article_id="charged")
    ctx = Context(article, analyze_article(article, nlp))
    (asked,) = [c.question for c in reason_answer(ctx) if "charges" in c.question.prompt]
    assert asked.prompt == "Why does Mr Reddy face criminal charges?"
    assert asked.answer == "he hid safety defects in the fleet's hulls"


def test_a_why_question_asks_neither_when_nor_how_fast(nlp: Language) -> None:
    text = """Pension Fund Deficit

The Harbour Pension Board said its deficit had doubled in a year.

The board sold its offices in 2003 to pay for the care of retired ferry workers.

The board's income fell sharply because of the collapse of the ferry company.
"""
    article = parse_text(text, article_id="pensions")
    prompts = {
        c.question.prompt for c in reason_answer(Context(article, analyze_article(article, nlp)))
    }
    assert "Why did the Harbour Pension Board sell its offices?" in prompts
    assert "Why did the Harbour Pension Board's income fall?" in prompts


def test_no_why_question_on_what_a_body_was_founded_for(nlp: Language) -> None:
    text = """Pension Fund Deficit

Savers may have to rescue the town board that guards ferry workers' pensions, auditors warned.

The Harbour Pension Board was founded in 1974 to protect the retirement rights of workers.

The board's income fell sharply because of the collapse of the ferry company.
"""
    article = parse_text(text, article_id="founded")
    prompts = {
        c.question.prompt for c in reason_answer(Context(article, analyze_article(article, nlp)))
    }
    # What the board is for, its name and the lead's description of it already tell.
    assert not [p for p in prompts if "founded" in p]
    assert "Why did the Harbour Pension Board's income fall?" in prompts


def test_no_reason_that_points_back_to_what_it_names(nlp: Language) -> None:
    text = """Ferry Boss Charged

Harbour Line's former chief executive Tom Reddy has been arrested in Brinmouth. The rules say\
 the biggest shareholders may own no more than 40% of the company.

Now Mr Reddy faces criminal charges because he made it look as if the biggest shareholders\
 owned less than this amount.
"""
    article = parse_text(text, article_id="charged")
    assert reason_answer(Context(article, analyze_article(article, nlp))) == []


def test_a_why_question_drops_words_that_weigh_what_it_does_not_show(nlp: Language) -> None:
    text = """Coach Faces Inquiry

The union will look into the coach's comments on the referee.

The coach may even have to apologise in order to avoid a ban from the rugby board.
"""
    article = parse_text(text, article_id="coach")
    ctx = Context(article, analyze_article(article, nlp))
    assert [c.question.prompt for c in reason_answer(ctx)] == [
        "Why may the coach have to apologise?"
    ]


def test_a_sentence_that_gives_the_reason_for_the_one_before_makes_a_why_question(
    nlp: Language,
) -> None:
    text = """Lifts Shut at Harbour Tower

The harbour tower's lifts will stay shut until spring.

The lifts were closed by the council in October. This was because their cables had worn
thin after forty years of salt air.
"""
    article = parse_text(text, article_id="lifts")
    ctx = Context(article, analyze_article(article, nlp))
    (asked,) = [c.question for c in reason_answer(ctx)]
    assert asked.prompt == "Why were the lifts closed by the council?"
    assert asked.answer == "their cables had worn thin after forty years of salt air"
    assert [e.text.split()[0] for e in asked.evidence] == ["The", "This"]


@pytest.mark.parametrize(
    ("reason", "answer"),
    [
        ("missing two drugs tests", "because of missing two drugs tests"),
        ("the roof was unsafe", "because the roof was unsafe"),
        ("of rising costs", "because of rising costs"),
        ("nothing was done about the leak", "because nothing was done about the leak"),
    ],
)
def test_a_reason_is_accepted_as_a_because_answer(reason: str, answer: str) -> None:
    assert _because(reason) == answer


def test_a_body_s_claim_is_asked_as_its_claim_not_as_fact(nlp: Language) -> None:
    text = """Ferry Fares to Rise

Ferry fares on the Portsea crossing will rise by a fifth next month.

The new fares are higher because fuel costs have doubled, Bluewater Lines said on Monday.
"""
    article = parse_text(text, article_id="fares")
    ctx = Context(article, analyze_article(article, nlp))
    assert [c.question.prompt for c in reason_answer(ctx)] == [
        "According to Bluewater Lines, why are the new fares higher?"
    ]


def test_no_why_question_on_a_clause_of_two_parts(nlp: Language) -> None:
    text = """Coach Appointed

Kelby Athletic have named Ana Ruiz as head of coaching.

Ruiz will not coach the players day to day, but will be expected to change the system in order to win medals in 2028.
"""
    article = parse_text(text, article_id="coach")
    ctx = Context(article, analyze_article(article, nlp))
    assert not [c for c in reason_answer(ctx) if " but " in c.question.prompt]


def test_the_answer_is_the_cause_alone_without_a_clause_after_it(nlp: Language) -> None:
    text = """Ferry Hit By Vandals

Kelby's ferry is a favourite target of vandals.

The ferry is a target because vandals can reach it in the dark and the council has no money for lights.
"""
    article = parse_text(text, article_id="ferry")
    ctx = Context(article, analyze_article(article, nlp))
    (asked,) = [c.question for c in reason_answer(ctx)]
    assert asked.answer == "vandals can reach it in the dark"
    assert asked.accepted == ("because vandals can reach it in the dark",)


def test_no_answer_opens_on_a_word_pointing_back(nlp: Language) -> None:
    text = """Phone Firms Push Picture Messages

Phone firms want people to send picture messages because this generates more money for them.
"""
    article = parse_text(text, article_id="phones")
    assert not reason_answer(Context(article, analyze_article(article, nlp)))


def test_an_answer_may_open_on_a_word_for_the_subject_asked_about(nlp: Language) -> None:
    text = """Ferry Firm Cancels Crossings

Brinmouth Ferries cancelled its winter crossings because it could not find enough crew.
"""
    article = parse_text(text, article_id="crossings")
    (asked,) = reason_answer(Context(article, analyze_article(article, nlp)))
    assert asked.question.prompt == "Why did Brinmouth Ferries cancel its winter crossings?"
    assert asked.question.answer == "it could not find enough crew"


def test_no_why_question_common_sense_answers(nlp: Language) -> None:
    article = parse_text(
        "Racing Game Teaches Physics\n\n"
        "The Kelby racing game will teach pupils physics through driving.\n\n"
        "Players will have to understand how a car works in order to win races and the"
        " knowledge of physics they gather will be done in a way no text book can teach.\n"
    )
    answers = [
        c.question.answer for c in reason_answer(Context(article, analyze_article(article, nlp)))
    ]
    assert "to win races" not in answers


def test_no_why_question_whose_reason_a_student_would_guess_unread(nlp: Language) -> None:
    text = """Ferry Firm Warns on Profits

Brinmouth Ferries warned that its profits would fall for a second year.

Ferry profits fell by a fifth in the spring because of tough competition.

Ferry fares rose in May because fuel costs had doubled since the winter.
"""
    article = parse_text(text, article_id="warning")
    asked = reason_answer(Context(article, analyze_article(article, nlp)))
    assert [c.question.answer for c in asked] == ["fuel costs had doubled since the winter"]
    assert {c.question.difficulty for c in asked} == {Difficulty.MEDIUM}


@pytest.mark.parametrize(
    ("sentence", "prompt"),
    [
        (
            "Mill owner Teresa Valdez says she is under pressure because factories abroad"
            " can make the same cloth more cheaply.",
            "Why does Teresa Valdez say she is under pressure?",
        ),
        (
            "Coach Pieter Moss insisted he sold the striker because the fee offered was too"
            " good to turn down.",
            "Why did Pieter Moss say he sold the striker?",
        ),
    ],
)
def test_a_speaker_s_reason_for_their_own_doing_keeps_their_words(
    nlp: Language, sentence: str, prompt: str
) -> None:
    """ "He" in a speaker's words is the speaker: turned round, "Why did he sell ...?" would
    point at no one, and "Why did Pieter Moss sell ...?" would state as fact what he said."""
    text = f"""Mill Town Changes

The last cotton mill in Harwick will close in the spring, its owners said on Monday.

{sentence}
"""
    article = parse_text(text, article_id="own")
    ctx = Context(article, analyze_article(article, nlp))
    asked = [
        c.question
        for c in reason_answer(ctx)
        if c.question.prompt.startswith("Why does") or c.question.prompt.startswith("Why did")
    ]
    assert [q.prompt for q in asked] == [prompt]
    assert asked[0].answer.split()[0] in {"factories", "the"}
    assert "claim" in asked[0].tags


def test_no_reason_of_another_s_doing_is_given_the_speaker_s_pronoun(nlp: Language) -> None:
    text = """Mill Town Changes

The last cotton mill in Harwick will close in the spring, its owners said on Monday.

Union leader Ruth Okafor said it closed the mill because factories abroad can make cloth more cheaply.
"""
    article = parse_text(text, article_id="other")
    ctx = Context(article, analyze_article(article, nlp))
    assert not [c for c in reason_answer(ctx) if " say " in c.question.prompt]
