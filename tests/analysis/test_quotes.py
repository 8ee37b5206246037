"""Quotes and their speakers: a table of short passages, one or more per form news uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.analysis import ENGLISH
from studyguide.analysis.lang import language_data
from studyguide.analysis.quotemarks import find_quoted
from studyguide.model import QuoteKind, Span, quotations
from studyguide.pipeline import analyze

if TYPE_CHECKING:
    from spacy.language import Language

INTRO = "Mayor Elena Novak opened the new library on Monday. "

# (passage, expected [(quoted words, speaker, kind)])
CASES = [
    # Attribution before, after and around the quote, with or without comma or colon.
    (
        INTRO + '"We built this for every child in the city," Novak said.',
        [("We built this for every child in the city", "Elena Novak", "direct")],
    ),
    (
        INTRO + '"We built this for every child in the city" Novak said.',
        [("We built this for every child in the city", "Elena Novak", "direct")],
    ),
    (
        INTRO + 'Novak said: "Reading changes lives, and it changed mine."',
        [("Reading changes lives, and it changed mine.", "Elena Novak", "direct")],
    ),
    (
        INTRO + 'Novak said, "Reading changes lives, and it changed mine."',
        [("Reading changes lives, and it changed mine.", "Elena Novak", "direct")],
    ),
    (
        INTRO + "“The shelves are full and the doors are open,” said Novak.",
        [("The shelves are full and the doors are open", "Elena Novak", "direct")],
    ),
    (
        "“The river has never been this low in August,” said Ana Ruiz, a hydrologist at the state water agency.",
        [("The river has never been this low in August", "Ana Ruiz", "direct")],
    ),
    (
        'Opposition councillor Tomas Berg disagreed. "The money should have gone to the schools first," Berg told reporters.',
        [("The money should have gone to the schools first", "Tomas Berg", "direct")],
    ),
    (
        "“It is a disgrace,” Mr. Cole said of the ruling.",
        [("It is a disgrace", "Cole", "direct")],
    ),
    (
        "Dr. Ruth Mayer, who leads the study, said: “The results surprised all of us.”",
        [("The results surprised all of us.", "Ruth Mayer", "direct")],
    ),
    (
        "‘We have no plans to sell the club,’ chairman Peter Vance said.",
        [("We have no plans to sell the club", "Peter Vance", "direct")],
    ),
    (
        "Fire chief Omar Haddad described the night. “We had crews on every street. Nobody slept. We lost two houses, but we saved the rest,” he said.",
        [
            (
                "We had crews on every street. Nobody slept. We lost two houses, but we saved the rest",
                "Omar Haddad",
                "direct",
            )
        ],
    ),
    # Split quotes: both halves go to the one speaker named between them.
    (
        INTRO + '"We waited a long time," Novak said. "Now the whole town can read for free."',
        [
            ("We waited a long time", "Elena Novak", "direct"),
            ("Now the whole town can read for free.", "Elena Novak", "direct"),
        ],
    ),
    (
        "“We expect prices to fall,” said Jane Park, chief economist at Northbank. “But not before the spring.”",
        [
            ("We expect prices to fall", "Jane Park", "direct"),
            ("But not before the spring.", "Jane Park", "direct"),
        ],
    ),
    (
        'Police chief Dana Kerr said: "Two men were arrested at the scene." "Both will appear in court on Monday," she added.',
        [
            ("Two men were arrested at the scene.", "Dana Kerr", "direct"),
            ("Both will appear in court on Monday", "Dana Kerr", "direct"),
        ],
    ),
    # Paragraphs: a quote-only paragraph, a quote over two paragraphs, a colon at the end.
    (
        INTRO
        + "Novak said the city had waited too long.\n“Every neighbourhood deserves a place like this one.”",
        [("Every neighbourhood deserves a place like this one.", "Elena Novak", "direct")],
    ),
    (
        "Grace Miller, a nurse at the city hospital, said the staff were exhausted.\n“Nobody in this building has taken a real holiday since the pandemic began.”",
        [
            (
                "Nobody in this building has taken a real holiday since the pandemic began.",
                "Grace Miller",
                "direct",
            )
        ],
    ),
    (
        "Grace Miller, a nurse at the city hospital, spoke first.\n“We are tired, and we have been tired for two years.\n“Nobody in this building has taken a real holiday since the pandemic began,” she said.",
        [
            ("We are tired, and we have been tired for two years.", "Grace Miller", "direct"),
            (
                "Nobody in this building has taken a real holiday since the pandemic began",
                "Grace Miller",
                "direct",
            ),
        ],
    ),
    (
        "Grace Miller, a nurse at the city hospital, spoke first.\n“We are tired, and we have been tired for two years,” she said.\n“Nobody in this building has taken a real holiday since the pandemic began.”",
        [
            ("We are tired, and we have been tired for two years", "Grace Miller", "direct"),
            (
                "Nobody in this building has taken a real holiday since the pandemic began.",
                "Grace Miller",
                "direct",
            ),
        ],
    ),
    (
        "Fire chief David Chen walked through the ashes on Sunday. He did not hide his anger:\n“Somebody lit this fire on purpose, and we will find out who did it.”",
        [
            (
                "Somebody lit this fire on purpose, and we will find out who did it.",
                "David Chen",
                "direct",
            )
        ],
    ),
    (
        "Mayor Elena Novak said the city would ask for a special meeting. “The purpose of "
        "the meeting is to vote on the new budget before the summer.”",
        [
            (
                "The purpose of the meeting is to vote on the new budget before the summer.",
                "Elena Novak",
                "direct",
            )
        ],
    ),
    (
        "The team posted a photo of its captain with two words: “I’m back.”",
        [("I’m back.", "The team", "direct")],
    ),
    # A participle on a noun in the sentence after ("a caption suggesting ...") reports the
    # noun's words, not the quote before it, which goes on from the reported words before.
    (
        "Ms Ann Lane, who runs the ferry, tells Tom Reyes that she despaired at the harbour"
        " board. “I used to have to sit on my hands when the board met.” The film shows Mayor"
        " Carl Brandt laughing at a cartoon of him, which he calls “good fun”, apart from a"
        " caption suggesting he wants fewer ferries.",
        [
            ("I used to have to sit on my hands when the board met.", "Ann Lane", "direct"),
            ("good fun", "Carl Brandt", "direct"),
        ],
    ),
    # Whom someone told is no part of what they told them.
    (
        "Ferry fares rose again. Mayor Tom Hale told Kelby Two's Newsnight programme there was a"
        " danger people would feel under pressure to “give up” on the ferry.",
        [
            (
                "there was a danger people would feel under pressure to “give up” on the ferry",
                "Tom Hale",
                "mixed",
            )
        ],
    ),
    # What a thing that cannot speak did to someone says nothing of who speaks.
    (
        "The vote was close. The timing of the surge does not surprise pollster Daron Shaw:"
        " “Lesser-known candidates often gain early.”",
        [("Lesser-known candidates often gain early.", None, "direct")],
    ),
    # A verb of saying with a colon introduces the quote after it, not the one before.
    (
        'Councillor Rosa Lind said: "The library has been full every day.\n\n'
        '"Parents tell us it has changed their evenings." Union leader Tom Reid added: '
        '"Staff need a day off too."',
        [
            ("The library has been full every day.", "Rosa Lind", "direct"),
            ("Parents tell us it has changed their evenings.", "Rosa Lind", "direct"),
            ("Staff need a day off too.", "Tom Reid", "direct"),
        ],
    ),
    # The paragraphs of one quote run into one line, each opened and none closed.
    (
        'Coach Ana Ruiz spoke after the final. "We were tired," she said. "We lost the '
        'first set badly. "Then I told myself: \'This is not over.\' "And it was not."',
        [
            ("We were tired", "Ana Ruiz", "direct"),
            ("We lost the first set badly.", "Ana Ruiz", "direct"),
            ("Then I told myself: 'This is not over.'", "Ana Ruiz", "direct"),
            ("And it was not.", "Ana Ruiz", "direct"),
        ],
    ),
    (
        "Coach Ana Ruiz spoke after the final. ''We were tired,'' she said. ''We lost the "
        "first set. ''And then we won.''",
        [
            ("We were tired", "Ana Ruiz", "direct"),
            ("We lost the first set.", "Ana Ruiz", "direct"),
            ("And then we won.", "Ana Ruiz", "direct"),
        ],
    ),
    # According to, and a dash before the speaker's name.
    (
        "According to Health Minister Lars Holm, “the waiting lists are shorter than they were a year ago.”",
        [("the waiting lists are shorter than they were a year ago.", "Lars Holm", "direct")],
    ),
    (
        "The waiting lists are “shorter than they were a year ago,” according to Health Minister Lars Holm.",
        [("The waiting lists are “shorter than they were a year ago,”", "Lars Holm", "mixed")],
    ),
    (
        "“We will rebuild every house on this street.” — Governor Sarah Collins",
        [("We will rebuild every house on this street.", "Sarah Collins", "direct")],
    ),
    # Partial quotes inside reported speech are kind mixed, with the clause around them.
    (
        INTRO + "Novak said the building was “a gift to the next generation” of readers.",
        [("the building was “a gift to the next generation” of readers", "Elena Novak", "mixed")],
    ),
    (
        "Foreign Minister Anna Lindqvist said her country is displaying “willful blindness” when it refuses to help.",
        [
            (
                "her country is displaying “willful blindness” when it refuses to help",
                "Anna Lindqvist",
                "mixed",
            )
        ],
    ),
    (
        "Prime Minister David Chen said he had “no intention whatsoever” of resigning.",
        [("he had “no intention whatsoever” of resigning", "David Chen", "mixed")],
    ),
    (
        'Mayor Elena Novak said "the budget is balanced" and that taxes "will not rise" this year.',
        [
            (
                '"the budget is balanced" and that taxes "will not rise" this year',
                "Elena Novak",
                "mixed",
            )
        ],
    ),
    (
        "Minister Sara Lind said the reform “will take years” to show results.",
        [("the reform “will take years” to show results", "Sara Lind", "mixed")],
    ),
    # Words someone calls a thing are theirs, a partial quote.
    (
        "Critics called the plan a “white elephant” before it opened.",
        [("a “white elephant”", "Critics", "mixed")],
    ),
    (
        "Fire chief David Chen spoke about the night of the fire, which he called “the "
        "longest night of my career.”",
        [("which he called “the longest night of my career.”", "David Chen", "mixed")],
    ),
    # Scare quotes, titles, nicknames and names in quote marks are nobody's words.
    (
        "The “white elephant” of a stadium stood empty all winter.",
        [],
    ),
    (
        INTRO + "The library will screen “Casablanca” on Friday.",
        [],
    ),
    (
        "The so-called “peace plan” collapsed within a week.",
        [],
    ),
    (
        "Her memoir, “A Long Way Home,” sold a million copies.",
        [],
    ),
    (
        'The report, titled "Rivers at Risk", was published on Monday.',
        [],
    ),
    (
        "Residents of the “green zone” were told to stay indoors.",
        [],
    ),
    (
        "The boxer Ray Dunn, nicknamed “the Hammer,” said he would retire. “My body has had enough of this sport,” Dunn said.",
        [("My body has had enough of this sport", "Ray Dunn", "direct")],
    ),
    # Organisations speak too; a statement speaks for whoever released it.
    (
        "The Kremlin said on Tuesday: “The talks will continue in Geneva next month.”",
        [("The talks will continue in Geneva next month.", "Kremlin", "direct")],
    ),
    (
        "“We are proud of every worker who kept the shelves stocked,” a release from UFCW Local 832 said.",
        [("We are proud of every worker who kept the shelves stocked", "UFCW Local 832", "direct")],
    ),
    (
        "“This is a fair deal for both sides,” the union said in a statement.",
        [("This is a fair deal for both sides", "the union", "direct")],
    ),
    (
        "A spokesperson for the ministry said: “The minister will not comment on leaked documents.”",
        [
            (
                "The minister will not comment on leaked documents.",
                "A spokesperson for the ministry",
                "direct",
            )
        ],
    ),
    # Roles, surnames, descriptions and pronouns; unclear pronouns stay unresolved.
    (
        "Syrian President Bashar Assad spoke to reporters in Damascus. “The coalition has failed,” Assad said.",
        [("The coalition has failed", "Bashar Assad", "direct")],
    ),
    (
        "Syrian President Bashar Assad spoke to reporters in Damascus. “The coalition has failed,” the Syrian president said.",
        [("The coalition has failed", "Bashar Assad", "direct")],
    ),
    (
        "Syrian President Bashar Assad spoke to reporters in Damascus. “The coalition has failed,” he said.",
        [("The coalition has failed", "Bashar Assad", "direct")],
    ),
    (
        "Coach Mark Stein and striker Paulo Reis met reporters after the match. “We played for the fans tonight,” he said.",
        [("We played for the fans tonight", None, "direct")],
    ),
    (
        "Senator Maria Gomez and Senator Ruth Kell spoke after the vote. “This is a good day for the state,” she said.",
        [("This is a good day for the state", None, "direct")],
    ),
    (
        "“Nobody told us anything about the closure of the plant,” he said.",
        [("Nobody told us anything about the closure of the plant", None, "direct")],
    ),
    (
        "Erik Karlsson scored twice. “It felt good to be back,” Karlsson said.\nMelker Karlsson added a goal late in the game. “We needed that one,” Karlsson said.",
        [
            ("It felt good to be back", "Erik Karlsson", "direct"),
            ("We needed that one", "Melker Karlsson", "direct"),
        ],
    ),
    # Odd numbers of marks lose no other quote; doubled apostrophes are quote marks.
    (
        INTRO + '"We built this for every child," Novak said. "Odd mark here',
        [("We built this for every child", "Elena Novak", "direct")],
    ),
    (
        '"Unbalanced marks never crash the reader," Novak said. "And this one does not close.',
        [("Unbalanced marks never crash the reader", "Novak", "direct")],
    ),
    (
        # A mark left unclosed at its sentence's end does not swallow the next sentence's
        # narration up to the mark that opens the next quote.
        'Health minister Ann Hale defended her record, saying waiting lists were "only a tenth'
        " of the agenda. Dr Ravi Kumar, a family doctor in the valley, said staff wanted calm"
        ' after "years of change".',
        [
            ('waiting lists were "only a tenth of the agenda.', "Ann Hale", "mixed"),
            ('staff wanted calm after "years of change"', "Ravi Kumar", "mixed"),
        ],
    ),
    (
        "''We have done the hard work,'' Finance Minister Paul Weber said.",
        [("We have done the hard work", "Paul Weber", "direct")],
    ),
]


@pytest.mark.parametrize(("passage", "expected"), CASES)
def test_quote_forms(nlp: Language, passage: str, expected: list[tuple[str, str, str]]) -> None:
    analysis = analyze(passage, nlp=nlp)
    found = [(q.content.text, q.speaker, q.kind.value) for q in analysis.quotes]
    assert found == expected
    for quote in analysis.quotes:
        assert passage[quote.content.start : quote.content.end] == quote.content.text


def test_the_table_covers_enough_passages() -> None:
    assert len(CASES) >= 40


def test_quote_records_carry_cue_and_where_the_speaker_is_named(nlp: Language) -> None:
    passage = INTRO + "“The shelves are full,” said Novak."
    (quote,) = analyze(passage, nlp=nlp).quotes
    assert quote.cue == "said"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "Novak"
    assert quote.sentence.text == "“The shelves are full,” said Novak."


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        "“”",
        '"a" "b" "" " " "',
        "He said ''",
        "‘’‘",
        '"Open\n\n"Still open\n\nClosed."',
    ],
)
def test_stray_marks_never_raise(text: str) -> None:
    paragraphs = tuple(Span(0, len(text), text) for _ in [0])
    for quoted in find_quoted(text, paragraphs, language_data(ENGLISH).quote_marks):
        assert text[quoted.inner.start : quoted.inner.end] == quoted.inner.text
        assert quoted.outer.start <= quoted.inner.start <= quoted.inner.end <= quoted.outer.end


@pytest.mark.parametrize(
    "passage",
    [
        INTRO + '"We waited a long time," Novak said. "Now the whole town can read for free."',
        "Grace Miller, a nurse at the city hospital, spoke first.\n"
        "“We are tired, and we have been tired for two years.\n"
        "“Nobody in this building has taken a real holiday since the pandemic began,” she said.",
        INTRO + "''The bus was late again,'' Mr. Novak said. ''We walked.''",
        INTRO + '"What kept us going," said Mary Novak, a teacher, "was the children."',
        INTRO + '"We lost the vote," Novak said in an interview on Friday. "We will win the next."',
    ],
)
def test_the_parts_of_one_quote_are_marked_as_one(nlp: Language, passage: str) -> None:
    first, second = analyze(passage, nlp=nlp).quotes
    assert (first.continues, second.continues) == (False, True)
    assert first.speaker == second.speaker is not None


def test_the_parts_of_a_quote_are_told_as_one(nlp: Language) -> None:
    passage = INTRO + '"We lost the vote," Novak said. "We will win the next one."'
    (parts,) = quotations(analyze(passage, nlp=nlp).quotes)
    assert [p.content.text for p in parts] == ["We lost the vote", "We will win the next one."]


@pytest.mark.parametrize(
    "passage",
    [
        INTRO + '"We waited," Novak said. "It was worth it," she added.',
        # A second statement hung on the same "said", told with a cue of its own.
        INTRO + '"We waited a long time," Novak said, adding, "It was worth it."',
    ],
)
def test_a_new_quote_with_its_own_attribution_does_not_continue(
    nlp: Language, passage: str
) -> None:
    quotes = analyze(passage, nlp=nlp).quotes
    assert [q.continues for q in quotes if q.kind is QuoteKind.DIRECT] == [False, False]


def test_reported_words_open_on_a_whole_word(nlp: Language) -> None:
    text = (
        "Mr Dunmore later contacted the show saying the original e-mail had been sent in"
        ' error and that it was all a "silly fuss".'
    )
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.content.text.startswith("e-mail had been sent")


def test_a_quote_s_sentence_ends_where_the_quote_does_when_its_verb_is_before_it(
    nlp: Language,
) -> None:
    analysis = analyze(
        'Housemates voted on Sunday. Rita Long said: "He is difficult. He is not happy in'
        ' here." Former actor Sam Hale said he had voted for Bez after a row on Friday.',
        nlp=nlp,
    )
    (quote,) = [q for q in analysis.quotes if q.speaker == "Rita Long"]
    assert quote.sentence.text == 'Rita Long said: "He is difficult. He is not happy in here."'
    assert analysis.sentences[-1].text.startswith("Former actor Sam Hale said")


def test_he_said_opening_a_paragraph_goes_on_with_the_one_quoted_before(nlp: Language) -> None:
    text = (
        'Defender Tom Reyes says Kelby Rovers were wrong to sell him. "Kelby made a mistake in'
        " selling me,\" Mr Reyes told a fans' magazine. Manager Dan Okafor surprised the club"
        " by selling the defender to Brinmouth in 2019.\n\n"
        '"I was happy at Kelby, I had just bought a house there, but they wanted to sell me,"'
        " he said."
    )
    first, second = analyze(text, nlp=nlp).quotes
    assert second.speaker == first.speaker != "Dan Okafor"
