"""Sentences told again as a summary words them, with the article's words only."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.analysis import analyze_article
from studyguide.ingest.text import parse_text
from studyguide.pipeline import analyze

if TYPE_CHECKING:
    from spacy.language import Language

# (sentence, as a summary tells it; the sentence itself where nothing changes)
CASES = [
    # A closing "after" clause goes first.
    (
        "Shares in Acme fell sharply after Vallonia's central bank raised interest rates.",
        "After Vallonia's central bank raised interest rates, shares in Acme fell sharply.",
    ),
    # Not when "the firm" would come before the name it stands for, nor when the news is
    # what will happen: "after" then tells an order of events.
    (
        "Shares in Acme fell sharply after the firm reported lower profits.",
        "Shares in Acme fell sharply after the firm reported lower profits.",
    ),
    (
        "Vallonia's currency has hit a high after a rating agency raised the country's rating.",
        "Vallonia's currency hit a high after a rating agency raised the country's rating.",
    ),
    # A word that opens on a dot keeps the space before it.
    (
        "Kelby has approved two new addresses for .ferry and .pier on Tuesday.",
        "Kelby approved two new addresses for .ferry and .pier.",
    ),
    # A clause tied on in the present keeps the perfect beside it.
    (
        "Real losses have been suffered by ferry owners and somebody has to pay.",
        "Real losses have been suffered by ferry owners and somebody has to pay.",
    ),
    (
        "Shares in Kelby Oil have jumped 6% after the UK firm announced a fresh gas find in"
        " Rajasthan, India.",
        "Shares in Kelby Oil jumped 6% after the UK firm announced a fresh gas find in"
        " Rajasthan, India.",
    ),
    # Nor beside a verb the "have" also serves, nor with "now" or "just", which belong to
    # the perfect ("now ruled" is no English).
    (
        "Kelby Ferries, the firm behind the boats, have revealed little about the deal but"
        " say it has the potential to cut fares.",
        "Kelby Ferries, the firm behind the boats, have revealed little about the deal but"
        " say it has the potential to cut fares.",
    ),
    (
        "A council committee has now ruled that the stake is too high.",
        "A council committee has now ruled that the stake is too high.",
    ),
    # Nor a verb with its particle ("held up"), which turned active would split.
    (
        "Ships carrying fuel from Norway were held up by storms in the North Sea.",
        "Ships carrying fuel from Norway were held up by storms in the North Sea.",
    ),
    # Nor one the parser ran on into who says it.
    (
        "Rising rent and power costs are hitting morale among Kelby's small bakers despite"
        " a rise in sales, trade lobby group the KBA says.",
        "Rising rent and power costs are hitting morale among Kelby's small bakers despite"
        " a rise in sales, trade lobby group the KBA says.",
    ),
    # A closing phrase is not put before the "But" the sentence opens on.
    (
        "But defender Ana Ruiz is moving closer to fitness following a knee operation.",
        "But defender Ana Ruiz is moving closer to fitness following a knee operation.",
    ),
    # "last week" sets the news apart from the day's: it stays.
    (
        "The council held a private meeting with the ferry owners last week.",
        "The council held a private meeting with the ferry owners last week.",
    ),
    # A description of several names stays before them all.
    (
        "Among those with doubts were senior councillors Ann Lane, Owen Pryce and Sam Ortiz.",
        "Among those with doubts were senior councillors Ann Lane, Owen Pryce and Sam Ortiz.",
    ),
    (
        "Acme will open a new plant after Vallonia's central bank cut interest rates.",
        "Acme will open a new plant after Vallonia's central bank cut interest rates.",
    ),
    # "The" keeps its capital inside the sentence only as the start of a name.
    (
        "The anger of islanders reached The Kelby Times after a ferry strike shut the harbour"
        " for a week.",
        "After a ferry strike shut the harbour for a week, the anger of islanders reached The"
        " Kelby Times.",
    ),
    # "its" put first would point at a name not yet given: left as written.
    (
        "Shares in Acme fell sharply after its profits missed forecasts.",
        "Shares in Acme fell sharply after its profits missed forecasts.",
    ),
    # ... nor one that would put "their" after it, hiding that the sentence leans back.
    (
        "Their anger deepened after the council approved the new fares.",
        "Their anger deepened after the council approved the new fares.",
    ),
    # Not "as", which may mean "while" or "because": put first, it reads as made.
    (
        "Shares in Acme fell sharply as Vallonia's central bank raised interest rates.",
        "Shares in Acme fell sharply as Vallonia's central bank raised interest rates.",
    ),
    # Nor a clause that ends on a list after a dash, which put first would not close.
    (
        "The agreements with Vallonia were sealed after talks in Brinmouth between island"
        " producers and Europe's biggest energy consumers - Norway, Sweden and Denmark.",
        "The agreements with Vallonia were sealed after talks in Brinmouth between island"
        " producers and Europe's biggest energy consumers - Norway, Sweden and Denmark.",
    ),
    # A hyphen inside a word is no dash.
    (
        "Ann Lane put any talk of retirement on hold after having a largely injury-free"
        " season in Brinmouth.",
        "After having a largely injury-free season in Brinmouth, Ann Lane put any talk of"
        " retirement on hold.",
    ),
    # Nor before so short a close on its verb, which then reads cut off.
    (
        "The Acme awards came despite Vallonia's greater box office success.",
        "The Acme awards came despite Vallonia's greater box office success.",
    ),
    # A passive with its doer turns active.
    (
        "A plan to close the Brinmouth library has been rejected by the town council.",
        "The town council rejected a plan to close the Brinmouth library.",
    ),
    # Not a passive on "It", which turned round would point back from its end.
    (
        "It was bought by a London dealer who sold it on to a collector.",
        "It was bought by a London dealer who sold it on to a collector.",
    ),
    # Not a doer with an aside, whose closing comma the verb would follow.
    (
        "Ann Lane has been replaced by Rob Hale, who is on loan from Brinmouth.",
        "Ann Lane was replaced by Rob Hale, who is on loan from Brinmouth.",
    ),
    # The perfect becomes the past where the article writes that form.
    (
        "The Brinmouth council has approved a new budget for the harbour.",
        "The Brinmouth council approved a new budget for the harbour.",
    ),
    # ... but not "has risen" (the article never writes "rose"), nor what holds until now.
    (
        "Ferry fares in Brinmouth have risen by a third.",
        "Ferry fares in Brinmouth have risen by a third.",
    ),
    (
        "The Brinmouth ferry has lost half of its passengers since 2019.",
        "The Brinmouth ferry has lost half of its passengers since 2019.",
    ),
    (
        "The Brinmouth ferry has not reported its passenger numbers.",
        "The Brinmouth ferry has not reported its passenger numbers.",
    ),
    # "is to" is what will happen; the day of the news is left out.
    (
        "The mayor of Brinmouth is to open the new bridge.",
        "The mayor of Brinmouth will open the new bridge.",
    ),
    (
        "The Brinmouth council approved a new budget for the harbour on Tuesday.",
        "The Brinmouth council approved a new budget for the harbour.",
    ),
    # Someone's words are never rearranged: a sentence that quotes only loses its day, and
    # only where the writer gives it.
    (
        '"The budget has been approved by everyone," the mayor said.',
        '"The budget has been approved by everyone," the mayor said.',
    ),
    (
        'Ann Lane blamed the council Tuesday for "foolishly" selling the island ferry.',
        'Ann Lane blamed the council for "foolishly" selling the island ferry.',
    ),
    (
        'Ann Lane said on Tuesday that the ferry "will sail again by the summer".',
        'Ann Lane said that the ferry "will sail again by the summer".',
    ),
    (
        'On Tuesday, Ann Lane said the island ferry "will sail again by the summer".',
        'Ann Lane said the island ferry "will sail again by the summer".',
    ),
    (
        '"The council voted on Tuesday to sell it," Ann Lane said.',
        '"The council voted on Tuesday to sell it," Ann Lane said.',
    ),
]


@pytest.mark.parametrize(("sentence", "restated"), CASES)
def test_a_sentence_is_told_as_a_summary_tells_it(
    nlp: Language, sentence: str, restated: str
) -> None:
    article = parse_text(f"Brinmouth News\n\n{sentence}\n", article_id="restate")
    analysis = analyze_article(article, nlp)
    told = {r.sentence.text: r.text for r in analysis.restatements}
    assert told.get(sentence, sentence) == restated


def test_a_description_before_a_name_stays_before_it(nlp: Language) -> None:
    # "Brinmouth Ferries, the local ferry operator," would lose its description to a summary
    # that cuts asides: who the name is matters to a reader who does not know it.
    text = (
        "Brinmouth News\n\nLocal ferry operator Brinmouth Ferries has cut its fares by a third.\n\n"
        "The cut was welcomed by families in Brinmouth.\n"
    )
    analysis = analyze_article(parse_text(text, article_id="ferries"), nlp)
    told = [r.text for r in analysis.restatements]
    assert "Local ferry operator Brinmouth Ferries cut its fares by a third." in told
    assert "Families in Brinmouth welcomed the cut." in told
    assert analysis.to_dict()["restatements"][0]["restated"] == told[0]


def test_a_word_capitalised_only_inside_a_name_loses_its_capital_when_moved(
    nlp: Language,
) -> None:
    text = (
        "Brinmouth News\n\nShares in Brinmouth Airlines fell on Monday.\n\n"
        "Airlines have suffered badly amid fears of terrorism since the attacks of 2001.\n"
    )
    analysis = analyze_article(parse_text(text, article_id="airlines"), nlp)
    told = [r.text for r in analysis.restatements]
    assert any(t.startswith("Amid fears") and ", airlines " in t for t in told), told


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Ferry fares in Kelby are the highest in the country.", True),
        ("The Kelby ferry is the oldest in Europe, and the slowest.", True),
        ("The Kelby ferry has cut its fares by a third.", False),
        ("The minister is to freeze fares and fund a new pier.", False),
        ("The ferry was sold on Monday.", False),
    ],
)
def test_a_sentence_that_states_how_things_stand(nlp: Language, sentence: str, state: bool) -> None:
    assert bool(analyze(sentence, nlp=nlp).states) is state


@pytest.mark.parametrize(
    ("sentence", "scene"),
    [
        ("At the Kelby primary school students click away at a handheld computer.", True),
        ("Despite a cap pulled low, Anna Price cuts an unmistakable figure in the crowd.", True),
        ("The Kelby ferry has cut its fares by a third.", False),
        ("Anna Price hopes the ferry will run again in May.", False),
        ("One in ten adults owns a ferry pass, according to a survey.", False),
        ("Home printed pictures are cheaper, tests show.", False),
        ("The minister is to freeze fares and fund a new pier.", False),
        # A thing, not people, doing something: the writer's verdict on the news.
        ("Sea Fever's trio of awards at the Kelby festival crowns a year of success.", False),
    ],
)
def test_a_scene_in_the_simple_present_is_no_news(
    nlp: Language, sentence: str, scene: bool
) -> None:
    analysis = analyze(sentence, nlp=nlp)
    assert bool(analysis.scenes) is scene


@pytest.mark.parametrize(
    ("lead", "scene"),
    [
        # What the headline tells someone doing, told in the present: news.
        ("Anna Price wins the race for mayor of Kelby, where she has lived for 30 years.", False),
        ("Anna Price refuses to concede the race for mayor of Kelby, where she has lived.", True),
    ],
)
def test_news_the_headline_tells_in_the_present_is_no_scene(
    nlp: Language, lead: str, scene: bool
) -> None:
    text = f"Price wins race for Kelby mayor\n\n{lead}\n\nShe takes office in May.\n"
    analysis = analyze_article(parse_text(text, article_id="mayor"), nlp)
    assert any(s.text == lead for s in analysis.scenes) is scene


def test_a_phrase_that_may_be_its_noun_s_is_not_put_first(nlp: Language) -> None:
    # "conditions after the floods": put first, the phrase would tell when the blaming was,
    # not which conditions.
    blamed = (
        "Councillors have blamed the size of the deficit on weak trading conditions after the"
        " floods of 2003 and continuing repairs to the harbour wall."
    )
    text = f"Harbour News\n\nThe harbour board met on Monday.\n\n{blamed}\n"
    analysis = analyze_article(parse_text(text, article_id="deficit"), nlp)
    told = {r.sentence.text: r.text for r in analysis.restatements}
    assert told[blamed].startswith("Councillors blamed the size of the deficit"), told


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # The news in the subject of someone's words, told as a sentence of its own.
        (
            'A budget that passed Kelby council by 30 votes to 2 "puts the island back within'
            ' reach," Ann Lane said.',
            "A budget passed Kelby council by 30 votes to 2.",
        ),
        (
            "The deal, which was signed on Monday, will save the ferry firm millions, its"
            " chief executive said.",
            "The deal was signed on Monday.",
        ),
        # Not a clause that describes the thing rather than tells what happened to it.
        (
            'A budget that aims to cut fares "puts the island back within reach," Ann Lane said.',
            None,
        ),
        # Nor one the parser cut short.
        (
            "Ann Lane told voters that the unlikely rise that brought him success here can"
            " happen across the island.",
            None,
        ),
        # Nor one that tells what brought it about.
        (
            "A fall in ferry trips, which was driven by the storms, cut the council's income,"
            " Ann Lane said.",
            None,
        ),
        # Nor words inside the quote marks, nor a person's clause.
        (
            '"The budget that passed on Tuesday puts the island back within reach," Ann Lane said.',
            None,
        ),
        (
            "Ann Lane, who wrote the budget, said it would cut fares by a third.",
            None,
        ),
        # Nor a sentence that reports no one's words.
        (
            "The budget, which passed on Tuesday, cut every ferry fare by a third.",
            None,
        ),
    ],
)
def test_news_told_in_passing(nlp: Language, sentence: str, told: str | None) -> None:
    article = parse_text(f"Brinmouth News\n\n{sentence}\n", article_id="passing")
    analysis = analyze_article(article, nlp)
    found = {r.sentence.text: r.text for r in analysis.in_passing}
    assert found.get(sentence) == told
