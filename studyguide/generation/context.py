"""What every generator works from: the article, its analysis, and lookups over both."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from studyguide.model import Analysis, Article, Entity, EntityKind, Evidence, QuestionType, Span

_TYPE_PREFIX = {
    QuestionType.MULTIPLE_CHOICE: "mc",
    QuestionType.TRUE_FALSE: "tf",
    QuestionType.FILL_BLANK: "fb",
    QuestionType.SHORT_ANSWER: "sa",
    QuestionType.MATCHING: "ma",
    QuestionType.ORDERING: "or",
}


def comparable(name: str) -> str:
    """A form for telling names apart: lower case, no dots, no leading "the"."""
    key = re.sub(r"['’]s$", "", name.strip()).lower().replace(".", "")
    return re.sub(r"^the\s+", "", key)


@dataclass(frozen=True)
class Context:
    article: Article
    analysis: Analysis
    _body_starts: tuple[int, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_body_starts", tuple(p.span.start for p in self.article.body))

    def question_id(self, question_type: QuestionType, *key: str) -> str:
        """Stable: the same fact asked the same way keeps its id from run to run."""
        digest = hashlib.sha1("\x1f".join((self.article.id, *key)).encode()).hexdigest()[:6]
        return f"{self.article.id}-{_TYPE_PREFIX[question_type]}-{digest}"

    def paragraph_number(self, offset: int) -> int:
        """1-based number of the body paragraph (subheads not counted) holding `offset`."""
        number = 0
        for index, start in enumerate(self._body_starts, start=1):
            if start <= offset:
                number = index
        return max(number, 1)

    def evidence(self, span: Span) -> tuple[Evidence, ...]:
        return (Evidence(span.start, span.end, span.text),)

    def entities(self, kind: EntityKind) -> tuple[Entity, ...]:
        return tuple(e for e in self.analysis.entities if e.kind is kind)

    def entity_named(self, name: str) -> Entity | None:
        key = comparable(name)
        for entity in self.analysis.entities:
            if comparable(entity.name) == key or key in {comparable(a) for a in entity.aliases}:
                return entity
        return None

    def sentence_of(self, offset: int) -> Span | None:
        return next((s for s in self.analysis.sentences if s.start <= offset < s.end), None)
