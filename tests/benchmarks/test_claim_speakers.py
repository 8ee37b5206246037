"""The claim-speaker benchmark: how a claim is matched to a gold indirect quote, and how its
speaker is judged, on records written for the project."""

from __future__ import annotations

from benchmarks.claim_speakers import same_speaker, score


def test_speakers_agree_by_surname_or_one_name_inside_the_other() -> None:
    assert same_speaker("Liam Fox", "Fox")
    assert same_speaker("the Harbour Trust", "Harbour Trust")
    assert not same_speaker("Ann Price", "Tom Hale")
    assert not same_speaker(None, "Tom Hale")


def test_a_claim_is_scored_against_the_indirect_quote_it_overlaps() -> None:
    text = (
        "Mayor Tom Reed met the council on Monday. He said the pier would stay open."
        " The harbour had been busy all summer."
    )
    start = text.index("the pier")
    record = {
        "id": "pier",
        "text": text,
        "quotes": [
            {
                "kind": "indirect",
                "start": start,
                "end": start + len("the pier would stay open"),
                "speaker": "He",
                "speaker_resolved": "Tom Reed",
            },
            {"kind": "direct", "start": 0, "end": 5, "speaker": "Tom Reed"},
        ],
    }
    assert score([record], errors=False) == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "speaker_acc": 1.0,
        "speaker_n": 1,
    }
    record["quotes"][0]["speaker_resolved"] = "Ann Price"
    assert score([record], errors=False)["speaker_acc"] == 0.0
