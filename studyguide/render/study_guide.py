"""The study guide, read before the quiz: the article at a glance, its people, who said
what, a timeline, key terms, the text itself with numbered paragraphs, and at the end every
question to rehearse with.

The practice questions carry no answers, and a true/false statement, which may be false on
purpose, is printed as a question ("True or false: ..."), so the guide never states as fact
what the article does not say.
"""

from __future__ import annotations

from functools import cached_property

from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from studyguide.digest import (
    ArticleText,
    Speaker,
    Statement,
    format_published,
    number_paragraphs,
    statements_by_speaker,
    timeline,
)
from studyguide.errors import counted
from studyguide.model import Bank, BankArticle, Entity, QuestionType
from studyguide.render.arrangement import PrintedQuestion, arrange, letter
from studyguide.render.markup import escape
from studyguide.render.page import MUTED, RULE, SHADE, Setup
from studyguide.render.pdf_document import (
    Document,
    article_facts,
    keep_together,
    markup,
    plain_table,
    stretches,
    text,
)
from studyguide.render.questions import printing
from studyguide.render.terms import KeyTerm, key_terms
from studyguide.render.timeline import timeline_drawings

UNDATED_NOTE = "Open dots: times the article names without a date, in the order it mentions them."

_NUMBER_COLUMN = 24.0
_OPTION_GAP = "&nbsp;" * 5
"""Space between options printed on one line."""
_UNBROKEN_OPTION = 40
"""Options up to this many characters are never broken across lines."""


class StudyGuide(Document):
    """The article's digest for revision; with `practice`, the bank's questions after it,
    without answers (left out when the worksheet is handed out beside it, which asks them:
    the guide would answer them)."""

    name = "Study guide"
    suffix = "study-guide.pdf"

    def __init__(self, bank: Bank, setup: Setup, *, practice: bool = True) -> None:
        super().__init__(bank, setup)
        self.practice = practice

    def story(self) -> list[Flowable]:
        story = self.header()
        story.append(self.rule())
        for index, article in enumerate(self.bank.articles):
            if index > 0:
                story.append(PageBreak())
            if len(self.bank.articles) > 1:
                story.append(text(article.title, self.styles.title))
                facts = article_facts(article, with_title=False)
                if facts:
                    story.append(text("  ·  ".join(facts), self.styles.subtitle))
            story.extend(self._article(article))
        if self.practice:
            story.extend(self._practice())
        return story

    def _article(self, article: BankArticle) -> list[Flowable]:
        article_text = number_paragraphs(article)
        return [
            *self._at_a_glance(article, article_text),
            *self._whos_who(article),
            *self._who_said_what(article, article_text),
            *self._timeline(article, article_text),
            *self._key_terms(article, article_text),
            *self._article_text(article_text),
        ]

    def _heading(self, title: str, first: list[Flowable]) -> list[Flowable]:
        """A section heading kept on the page of the section's first flowable."""
        return [keep_together([text(title, self.styles.section), Spacer(1, 4), *first])]

    def _facts_table(self, rows: list[tuple[str, str]]) -> Flowable:
        styles = self.styles
        return plain_table(
            [[text(label, styles.label), text(value, styles.body)] for label, value in rows],
            [90.0, self.setup.width - 90.0],
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (0, -1), 5.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )

    def _at_a_glance(self, article: BankArticle, article_text: ArticleText) -> list[Flowable]:
        body = [p for p in article_text.paragraphs if not p.heading]
        heads = len(article_text.paragraphs) - len(body)
        length = counted(len(body), "paragraph")
        if heads:
            length += f", {counted(heads, 'subhead')}"
        rows = [("Title", article.title)]
        rows.extend(
            (label, value)
            for label, value in (
                ("Source", article.source),
                ("Published", format_published(article.published)),
                ("Place", article.place),
            )
            if value
        )
        rows.append(("Length", length))
        return self._heading("The article at a glance", [self._facts_table(rows)])

    def _whos_who(self, article: BankArticle) -> list[Flowable]:
        styles = self.styles
        entities: list[tuple[Entity, str]] = [
            (person, person.role or "") for person in article.people
        ]
        entities.extend(
            (organization, organization.role or "organisation")
            for organization in article.organizations
        )
        if not entities:
            return self._heading(
                "Who's who", [text("The article names no people or organisations.", styles.body)]
            )
        rows: list[list[object]] = [
            [
                text("Name", styles.label),
                text("Role", styles.label),
                text("Also called", styles.label),
            ]
        ]
        rows.extend(
            [
                text(entity.name, styles.small_bold),
                text(role or "–", styles.small),
                text(", ".join(entity.aliases) or "–", styles.small),
            ]
            for entity, role in entities
        )
        width = self.setup.width
        table = plain_table(
            rows,
            [width * 0.34, width * 0.38, width * 0.28],
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        )
        table.repeatRows = 1
        return self._heading("Who's who", [table])

    def _who_said_what(self, article: BankArticle, article_text: ArticleText) -> list[Flowable]:
        speakers = statements_by_speaker(article, article_text)
        if not speakers:
            return self._heading(
                "Who said what", [text("The article quotes no one.", self.styles.body)]
            )
        first, *others = [self._speaker(speaker) for speaker in speakers]
        story = [*self._heading("Who said what", first[0]), *first[1]]
        for kept, rest in others:
            story.extend([keep_together(kept), *rest])
        return story

    def _speaker(self, speaker: Speaker) -> tuple[list[Flowable], list[Flowable]]:
        """The speaker's name with their first statement, to keep together; then the rest."""
        name_markup = f"<b>{escape(speaker.name)}</b>"
        if speaker.role:
            name_markup += f"  <font color='#{MUTED.hexval()[2:]}'>{escape(speaker.role)}</font>"
        rows = [self._statement(statement) for statement in speaker.statements]
        kept: list[Flowable] = [
            markup(name_markup, self.styles.subsection),
            Spacer(1, 2),
            self._statements(rows[:1]),
        ]
        rest: list[Flowable] = [self._statements(rows[1:])] if len(rows) > 1 else []
        return kept, [*rest, Spacer(1, 4)]

    def _statements(self, rows: list[list[object]]) -> Flowable:
        width = self.setup.width
        verb = self._verb_width
        return plain_table(
            rows,
            [16.0, verb, width - 16.0 - verb - 66.0, 66.0],
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (2, 0), (2, -1), 12),
        )

    @cached_property
    def _verb_width(self) -> float:
        """The verb column, as wide as its longest verb ("acknowledged"), never broken."""
        style = self.styles.muted
        cues = {
            s.cue
            for article in self.bank.articles
            for speaker in statements_by_speaker(article, number_paragraphs(article))
            for s in speaker.statements
        }
        widest = max((stringWidth(c, style.fontName, style.fontSize) for c in cues), default=0)
        return min(max(48.0, widest + 8.0), 110.0)

    def _statement(self, statement: Statement) -> list[object]:
        styles = self.styles
        words = f"“{statement.text}”" if statement.quoted else statement.text
        where = f"paragraph {statement.paragraph}" if statement.paragraph is not None else ""
        return [
            "",
            text(statement.cue, styles.muted),
            text(words, styles.small),
            text(where, styles.muted),
        ]

    def _timeline(self, article: BankArticle, article_text: ArticleText) -> list[Flowable]:
        events = timeline(article, article_text)
        if not events:
            return self._heading(
                "Timeline", [text("The article gives no dates.", self.styles.body)]
            )
        drawings: list[Flowable] = list(
            timeline_drawings(events, self.setup.family, self.setup.width)
        )
        story = [*self._heading("Timeline", [Spacer(1, 4), drawings[0]]), *drawings[1:]]
        if not all(event.placed for event in events):
            story.append(text(UNDATED_NOTE, self.styles.instruction))
        return story

    def _key_terms(self, article: BankArticle, article_text: ArticleText) -> list[Flowable]:
        # Terms met in the same sentence share one row, so no sentence is printed twice.
        rows: dict[tuple[int | None, str], list[KeyTerm]] = {}
        for term in key_terms(article, article_text):
            rows.setdefault((term.paragraph, term.context), []).append(term)
        if not rows:
            return []
        intro = text(
            "Names and words to know, each in the sentence where the article first uses it.",
            self.styles.instruction,
        )
        first, *others = [self._key_term_row(terms) for terms in rows.values()]
        # The heading keeps only the first row with it; the others may go on the next page.
        story = self._heading("Key terms", [intro, self._key_term_table([first])])
        if others:
            story.append(self._key_term_table(others))
        return story

    def _key_term_table(self, rows: list[list[object]]) -> Flowable:
        width = self.setup.width
        return plain_table(
            rows,
            [width * 0.24, width - width * 0.24 - 66.0, 66.0],
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (1, -1), 12),
        )

    def _key_term_row(self, terms: list[KeyTerm]) -> list[object]:
        styles = self.styles
        names: list[Flowable] = []
        for term in terms:
            names.append(text(term.term, styles.small_bold))
            if term.meaning:
                names.append(text(term.meaning, styles.muted))
        paragraph = terms[0].paragraph
        return [
            names,
            markup(_highlighted(terms), styles.small),
            text(f"paragraph {paragraph}" if paragraph is not None else "", styles.muted),
        ]

    def _practice(self) -> list[Flowable]:
        """Every question, numbered as on the worksheet, without answers."""
        questions = arrange(self.bank).questions
        if not questions:
            return []
        intro = text(
            "Answer each question from memory, then check your answers with the article.",
            self.styles.instruction,
        )
        blocks: list[Flowable] = [
            keep_together([self._practice_question(printed), Spacer(1, 6)]) for printed in questions
        ]
        return [
            Spacer(1, 0.1 * inch),
            *self._heading("Practice questions", [intro, blocks[0]]),
            *blocks[1:],
        ]

    def _practice_question(self, printed: PrintedQuestion) -> Flowable:
        styles = self.styles
        question = printed.question
        if question.type is QuestionType.TRUE_FALSE:
            prompt_markup = f"True or false: {escape(question.prompt)}"
        else:
            prompt_markup = printing(question.type).prompt_markup(printed)
        rows: list[list[object]] = [
            [text(f"{printed.number}.", styles.number), markup(prompt_markup, styles.body)]
        ]
        rows.extend(["", markup(line, styles.small)] for line in _practice_details(printed))
        return plain_table(
            rows,
            [_NUMBER_COLUMN, self.setup.width - _NUMBER_COLUMN],
            ("TOPPADDING", (0, 1), (-1, -1), 1),
        )

    def _article_text(self, article_text: ArticleText) -> list[Flowable]:
        styles = self.styles
        flowables: list[Flowable] = []
        for paragraph in article_text.paragraphs:
            if paragraph.number is None:
                flowables.append(text(paragraph.span.text, styles.subhead))
                continue
            words = paragraph.span.text
            cut = paragraph.dateline_end or 0
            runs = stretches(words[cut:])
            for index, run in enumerate(runs):
                paragraph_markup = f"<b>{escape(words[:cut])}</b>" if cut and not index else ""
                paragraph_markup += escape(run, line_breaks=True)
                flowables.append(
                    Paragraph(
                        paragraph_markup,
                        styles.article if index == len(runs) - 1 else styles.article_run,
                        bulletText=None if index else str(paragraph.number),
                    )
                )
        if not flowables:
            return []
        return [Spacer(1, 0.1 * inch), *self._heading("The article", flowables[:1]), *flowables[1:]]


def _practice_details(printed: PrintedQuestion) -> list[str]:
    """Markup lines under a practice prompt: the options or items to answer from."""
    question = printed.question
    if printed.choices:
        return [_OPTION_GAP.join(_lettered(printed.choices))]
    if question.pairs:
        lefts = (
            f"<b>{index}.</b>&nbsp;{_option(pair.left)}"
            for index, pair in enumerate(question.pairs, start=1)
        )
        return [_OPTION_GAP.join(lefts), _OPTION_GAP.join(_lettered(printed.right))]
    if printed.items:
        return [_OPTION_GAP.join(f"•&nbsp;{_option(item)}" for item in printed.items)]
    return []


def _highlighted(terms: list[KeyTerm]) -> str:
    """The sentence the terms share, as markup with each term in bold."""
    sentence = terms[0].context
    pieces: list[str] = []
    done = 0
    for term in sorted(terms, key=lambda term: term.at):
        if term.at < done:
            continue
        end = term.at + len(term.term)
        pieces += [escape(sentence[done : term.at]), f"<b>{escape(sentence[term.at : end])}</b>"]
        done = end
    return "".join(pieces) + escape(sentence[done:])


def _option(option: str) -> str:
    """An option as markup that a line break does not cut in two, unless it is too long to
    fit on a line with others."""
    option_markup = escape(option)
    if len(option) > _UNBROKEN_OPTION:
        return option_markup
    return option_markup.replace(" ", "&nbsp;")


def _lettered(options: tuple[str, ...]) -> list[str]:
    return [
        f"<b>{letter(index)}.</b>&nbsp;{_option(option)}" for index, option in enumerate(options)
    ]
