"""Banks for the rendering tests and benchmark, built from the sample article in code."""

from __future__ import annotations

import re
from pathlib import Path

from studyguide.ingest import parse_text
from studyguide.model import (
    BLANK,
    Bank,
    BankArticle,
    Claim,
    DateMention,
    Difficulty,
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

SAMPLE = Path(__file__).resolve().parents[2] / "studyguide" / "examples" / "assad-coalition.txt"

ASSAD = "Bashar Assad"

_TYPES = (
    QuestionType.MULTIPLE_CHOICE,
    QuestionType.TRUE_FALSE,
    QuestionType.FILL_BLANK,
    QuestionType.SHORT_ANSWER,
    QuestionType.MATCHING,
    QuestionType.ORDERING,
)


def span(text: str, needle: str, start: int = 0) -> Span:
    found = text.index(needle, start)
    return Span(found, found + len(needle), needle)


def sample_article() -> BankArticle:
    """The sample article with the facts an analysis finds in it, offsets computed here."""
    text = SAMPLE.read_text(encoding="utf-8")
    sentences = _sentences(text)

    def sentence_of(offset: int) -> Span:
        return next(s for s in sentences if s.start <= offset < s.end)

    quotes = []
    for match in re.finditer(r"[\"“]([^\"”]+)[\"”] Assad (said|added)", text):
        content = Span(match.start(1), match.end(1), match.group(1))
        sentence = Span(match.start(), _sentence_end(text, match.end()), "")
        sentence = Span(sentence.start, sentence.end, text[sentence.start : sentence.end])
        quotes.append(Quote(content, QuoteKind.DIRECT, ASSAD, sentence, match.group(2)))
    blindness = span(text, "willful blindness", text.index("“willful"))
    quotes.append(Quote(blindness, QuoteKind.MIXED, ASSAD, sentence_of(blindness.start), "said"))
    quotes.sort(key=lambda quote: quote.content.start)

    failed = span(
        text,
        "The US-led international coalition against the Islamic State (ISIL) militant group "
        "has failed",
    )
    eradicate = span(
        text, "the coalition could eradicate Islamic State militants if it wanted to do so"
    )
    opposed = span(text, "Syria strongly opposed that invasion")
    claims = tuple(
        Claim(content, ASSAD, cue, sentence_of(content.start))
        for content, cue in ((failed, "said"), (eradicate, "added"), (opposed, "said"))
    )

    dates = []
    for anchor, needle, value, mod, event in (
        (
            "The ISIL, which",
            "since 2014",
            "2014",
            "AFTER",
            "has been seizing large swathes of Iraq and Syria",
        ),
        (
            "partners invaded",
            "2003",
            "2003",
            None,
            "The United States and its coalition partners invaded Iraq",
        ),
        ("In March", "March 2003", "2003-03", None, "a US-led coalition invaded Iraq"),
        ("Iraq war", "2003", "2003", None, None),
    ):
        where = span(text, needle, text.index(anchor))
        dates.append(
            DateMention(
                where,
                value,
                sentence_of(where.start),
                mod,
                span(text, event) if event else None,
            )
        )
    parsed = parse_text(text)
    return BankArticle(
        id="assad-coalition",
        title="Assad: US-Led Coalition Against ISIL Has Failed",
        text=text,
        source=parsed.source,
        place=parsed.place,
        published="2015-10-11",
        people=(
            Entity(ASSAD, EntityKind.PERSON, (), ("Assad",), "Syrian President"),
            Entity("Saddam Hussein", EntityKind.PERSON, (), (), "then-Iraqi leader"),
        ),
        organizations=(
            Entity("Islamic State", EntityKind.ORGANIZATION, (), ("ISIL", "ISIS")),
            Entity("Syrian Army", EntityKind.ORGANIZATION, ()),
        ),
        quotes=tuple(quotes),
        claims=claims,
        dates=tuple(dates),
    )


def sample_bank(count: int) -> Bank:
    """`count` questions of every type in turn, about the sample article's sentences."""
    article = sample_article()
    sentences = [s for s in _sentences(article.text) if len(s.text.split()) > 6]
    questions = []
    for index in range(count):
        kind = _TYPES[index % len(_TYPES)]
        sentence = sentences[index % len(sentences)]
        questions.append(_question(index, kind, sentence, article.id))
    return Bank(
        title="Assad and the US-led coalition", articles=(article,), questions=tuple(questions)
    )


def _question(index: int, kind: QuestionType, sentence: Span, article_id: str) -> Question:
    evidence = (Evidence(sentence.start, sentence.end, sentence.text),)
    words = sentence.text.split()
    base = {
        "id": f"q{index + 1:03d}",
        "type": kind,
        "article": article_id,
        "evidence": evidence,
        "difficulty": Difficulty.MEDIUM,
    }
    if kind is QuestionType.MULTIPLE_CHOICE:
        answer = ASSAD
        choices = ("Saddam Hussein", ASSAD, "Recep Tayyip Erdoğan", "Vladimir Putin")
        return Question(
            prompt=f"Question {index + 1}: according to the article, who is behind this: "
            f"“{' '.join(words[:14])}…”?",
            answer=answer,
            choices=choices[index % 4 :] + choices[: index % 4],
            **base,
        )
    if kind is QuestionType.TRUE_FALSE:
        return Question(
            prompt=f"Statement {index + 1}: {sentence.text}",
            answer="True" if index % 4 else "False",
            **base,
        )
    if kind is QuestionType.FILL_BLANK:
        gap = max(range(len(words)), key=lambda i: (len(words[i].strip('.,"“”')), -i))
        answer = words[gap].strip('.,"“”')
        prompt = " ".join(words[:gap] + [BLANK] + words[gap + 1 :])
        return Question(
            prompt=f"({index + 1}) {prompt}", answer=answer, accepted=(answer.lower(),), **base
        )
    if kind is QuestionType.SHORT_ANSWER:
        return Question(
            prompt=f"Question {index + 1}: in your own words, what does the article report "
            f"here: “{' '.join(words[:10])}…”?",
            answer=sentence.text,
            points=2,
            **base,
        )
    if kind is QuestionType.MATCHING:
        return Question(
            prompt=f"Question {index + 1}: match each name with what the article says about it.",
            pairs=(
                Pair(ASSAD, "Syrian President"),
                Pair("Saddam Hussein", "then-Iraqi leader"),
                Pair("Islamic State", "militant group"),
                Pair("Damascus", "Syria's capital, whose approval was not sought"),
            ),
            points=4,
            **base,
        )
    return Question(
        prompt=f"Question {index + 1}: put these events in the order they happened.",
        order=(
            "The United States invades Iraq (March 2003)",
            "ISIL starts seizing territory in Iraq and Syria (2014)",
            "The coalition launches airstrikes without Damascus's approval",
        ),
        points=3,
        **base,
    )


def _sentence_end(text: str, start: int) -> int:
    found = re.compile(r"[.!?](?=\s|$)").search(text, start)
    return found.end() if found else len(text)


def _sentences(text: str) -> list[Span]:
    spans = []
    for paragraph in parse_text(text).paragraphs:
        if paragraph.heading:
            continue
        for match in re.finditer(r"[^.!?]+(?:[.!?]+[\"”]?|$)", paragraph.span.text):
            piece = match.group(0)
            stripped = piece.strip()
            if not stripped:
                continue
            start = paragraph.span.start + match.start() + (len(piece) - len(piece.lstrip()))
            spans.append(Span(start, start + len(stripped), stripped))
    return spans
