"""People a story describes before it names them: passages written for these tests, each
with the description the analysis takes for someone named later, and whom, or none."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.pipeline import analyze

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("passage", "found"),
    [
        # The lead's subject, or the doer of its passive, named as the subject after.
        (
            "The town's self-styled ferry king is seeking bankruptcy protection.\n\n"
            "Peter Holt, the man behind Brinmouth Lines, said lawsuits had forced the"
            " company into administration.",
            [("The town's self-styled ferry king", "Peter Holt")],
        ),
        (
            "A plan to close the north pier has been rejected by one of Bristol's most senior"
            " councillors.\n\n"
            "Helen Marsh, who chairs the harbour board, said the pier should be mended"
            " instead.",
            [("one of Bristol's most senior councillors", "Helen Marsh")],
        ),
        # The lead's object, where someone it names only inside a clause is not its subject.
        (
            "Brinmouth Lines has named a lifetime employee to run its ferries after Peter"
            " Holt, its boss, retires in May.\n\n"
            "As chief operating officer, Helen Marsh will run the ferries day to day.",
            [("a lifetime employee", "Helen Marsh")],
        ),
        # A sentence may come between, naming no one as its subject.
        (
            "The plan for a new bridge is 'reckless', a clergyman has said.\n\n"
            "The bridge would cost the town £40m.\n\n"
            "The Dean of Bristol, John Reed, described the plan as a folly.",
            [("a clergyman", "John Reed")],
        ),
        # A work brought in by its kind, and titled as the subject after, by its name or
        # after its kind; not a body, nor a title the story gave before.
        (
            "A film that follows a ferry crew through one winter has won the town's top"
            " prize.\n\n"
            "Cold Harbour earned a prize for its director and its young star.",
            [
                (
                    "A film that follows a ferry crew through one winter",
                    "Cold Harbour",
                )
            ],
        ),
        (
            "The plot of an international bestseller is 'laughable', a teacher has said.\n\n"
            "The Kelby Riddle follows the smugglers who built the pier.",
            [("an international bestseller", "The Kelby Riddle")],
        ),
        (
            "Bristol Radio has bought a film about the ferry strike.\n\n"
            "Kelby Television said it had also bid for the film.",
            [],
        ),
        (
            "The release of a film about the ferry strike has been postponed.\n\n"
            "Bristol Crown Court postponed the film's launch until March.",
            [],
        ),
        # No one named after it; someone the lead names already; someone not the lead's
        # subject; someone of another role; two people; someone named before, whom the
        # description points back to; a bare "The chancellor", whom the reader knows.
        (
            "A judge has dismissed an attempt by Brinmouth Lines to gain protection.\n\n"
            "The firm filed for protection in March.",
            [],
        ),
        (
            "Mayor Ann Lane was hit with a bucket of slurry by a protester.\n\n"
            "Ruth Okafor was also hit by the slurry.",
            [],
        ),
        (
            "Officials want to know whether a councillor leaked the report.\n\n"
            "Helen Marsh said the leak was serious.",
            [],
        ),
        (
            "A judge has dismissed an attempt by Brinmouth Lines to gain protection.\n\n"
            "Separately, former Brinmouth boss Carla Mendes began her testimony on Friday.",
            [],
        ),
        (
            "A councillor has called for the pier to be closed.\n\n"
            "Helen Marsh and Tomas Reed visited the pier on Friday.",
            [],
        ),
        (
            "A councillor has called for the pier to be closed.\n\n"
            "Mayoral candidates Helen Marsh and John Reed cited the figure at a meeting on"
            " Friday.",
            [],
        ),
        (
            "Helen Marsh has been named captain of the Bristol rowing team.\n\n"
            "The 25-year-old Bristol star takes over from Ann Lane, who retired in May.\n\n"
            "John Reed said she was a natural leader.",
            [],
        ),
        # Someone told only by sex or age may be anyone the story names next.
        (
            "A woman has died after being hit by a bus in Bristol.\n\n"
            "Helen Marsh said the bus did not stop.",
            [],
        ),
        (
            "The chancellor has promised money for the pier.\n\n"
            "Tomas Reed said the money would not be enough.",
            [],
        ),
        # A description that is not a person's.
        (
            "A call for a new bridge has been rejected.\n\n"
            "Helen Marsh said the town could not afford it.",
            [],
        ),
    ],
)
def test_introductions(nlp: Language, passage: str, found: list[tuple[str, str]]) -> None:
    text = f"Bristol news\n\n{passage}"
    introductions = analyze(text, nlp=nlp).introductions
    assert [(i.mention.text, i.name) for i in introductions] == found
    for introduction in introductions:
        assert text[introduction.mention.start : introduction.mention.end] == (
            introduction.mention.text
        )
        assert introduction.name in introduction.named_at.text
