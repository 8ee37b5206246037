"""The shape every PDF document shares: a bank, a setup, and a story of flowables."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import ClassVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from studyguide.digest import format_published
from studyguide.errors import DoesNotFit
from studyguide.model import Bank, BankArticle
from studyguide.render.arrangement import Form, arrange
from studyguide.render.markup import escape
from studyguide.render.page import RULE, Setup, build_pdf

SEPARATOR = "  ·  "

_PLAIN_TABLE_STYLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]
"""Tables lay out the documents, so they draw no lines and add no padding unless asked."""


class Document:
    """A printable document drawn from a bank; subclasses supply the story."""

    name: ClassVar[str]
    """What the document is called on its pages: "Worksheet"."""
    suffix: ClassVar[str]
    """The end of its file name: "worksheet.pdf"."""

    def __init__(self, bank: Bank, setup: Setup) -> None:
        self.bank = bank
        self.setup = setup
        self.styles = setup.styles

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    @property
    def label(self) -> str:
        """What the document is called in its footer and PDF title: its name, and its
        version for a version of a test, so that a loose page can be put back."""
        return self.name

    def render(self) -> bytes:
        try:
            return build_pdf(
                self.story(),
                self.setup,
                title=f"{self.bank.title} – {self.label}",
                footer=f"{self.bank.title}{SEPARATOR}{self.label}",
            )
        except DoesNotFit as error:
            if len(self.bank.questions) < 2 or error.question is not None:
                raise
            # Which question it is, found by printing each alone: only when one does not fit.
            for question in self.bank.questions:
                try:
                    type(self)(replace(self.bank, questions=(question,)), self.setup).render()
                except DoesNotFit:
                    raise DoesNotFit(self.bank.title, question.id) from error
            raise

    def header(self, *details: str) -> list[Flowable]:
        """Document name, bank title, and a line of details about the article(s)."""
        lines = [self.name, *details]
        if len(self.bank.articles) == 1:
            lines.extend(
                article_facts(
                    self.bank.articles[0], with_title=self.bank.articles[0].title != self.bank.title
                )
            )
        elif self.bank.articles:
            lines.append("Articles: " + "; ".join(article.title for article in self.bank.articles))
        return [
            text(self.bank.title, self.styles.title),
            text(SEPARATOR.join(line for line in lines if line), self.styles.subtitle),
            Spacer(1, 0.12 * inch),
        ]

    def rule(self) -> Flowable:
        return HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=6)


class FormDocument(Document):
    """A document printed from one `Form` of the bank: the worksheet or its answer key."""

    def __init__(self, bank: Bank, setup: Setup, form: Form | None = None) -> None:
        super().__init__(bank, setup)
        self.form = form if form is not None else arrange(bank)

    @property
    def label(self) -> str:
        return f"{self.name}, version {self.form.version}" if self.form.version else self.name

    @property
    def version_line(self) -> str:
        """ "Version B" for the header of a version; "" for the bank's own order."""
        return f"Version {self.form.version}" if self.form.version else ""


def article_facts(article: BankArticle, *, with_title: bool) -> list[str]:
    """Title (when asked), source and date of an article, those that are known."""
    facts = [article.title] if with_title else []
    facts.extend(fact for fact in (article.source, format_published(article.published)) if fact)
    return facts


_STRETCH = 2000
"""The most characters of an article paragraph printed as one reportlab Paragraph."""


def stretches(plain: str, limit: int = _STRETCH) -> list[str]:
    """`plain` in stretches of at most `limit` characters, each ending on a sentence (or a
    word) where it can: reportlab lays a paragraph out again from its start for every page
    it runs onto, so a paragraph of many pages costs as the square of its length."""
    out = []
    while len(plain) > limit:
        window = plain[:limit]
        end = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        end = end + 1 if end > 0 else window.rfind(" ")
        end = end if end > 0 else limit
        out.append(plain[:end])
        plain = plain[end:].lstrip(" ")
    return [*out, plain]


def text(plain: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph that prints `plain` exactly, markup characters included."""
    return Paragraph(escape(plain), style)


def markup(paragraph_markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from markup whose text parts went through `escape`."""
    return Paragraph(paragraph_markup, style)


def keep_together(flowables: Iterable[Flowable]) -> KeepTogether:
    """`flowables` kept on one page, with any KeepTogether among them opened up first.

    A KeepTogether measures itself as taller than any page so that the frame asks it to
    split; one nested in another makes the outer one seem too tall for every page, and it
    then always starts a new page, however much room is left.
    """
    return KeepTogether(list(_opened(flowables)))


def _opened(flowables: Iterable[Flowable]) -> Iterator[Flowable]:
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            yield from _opened(flowable._content)
        else:
            yield flowable


def bank_texts(bank: Bank) -> Iterator[str]:
    """Every piece of bank text a document may print, for checking the font covers it."""
    yield bank.title
    for article in bank.articles:
        yield from (article.title, article.text, article.source or "", article.place or "")
        for entity in (*article.people, *article.organizations):
            yield entity.name
            yield entity.role or ""
            yield from entity.aliases
        for quote in article.quotes:
            yield from (quote.speaker or "", quote.cue or "")
        for claim in article.claims:
            yield from (claim.speaker or "", claim.cue)
    for question in bank.questions:
        yield from (question.prompt, question.answer, question.explanation, question.altered or "")
        yield from question.choices
        yield from question.accepted
        yield from question.order
        for pair in question.pairs:
            yield pair.left
            yield pair.right
        for evidence in question.evidence:
            yield evidence.text


def plain_table(rows: list[list[object]], widths: list[float], *extra: tuple[object, ...]) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([*_PLAIN_TABLE_STYLE, *extra]))
    return table
