"""Adding generated questions to a bank a teacher may have edited, keeping every edit.

The bank's text is edited in place, never written again as a whole, so that the
teacher's comments, layout and quoting stay exactly as they are. What was generated
and what the teacher changed is told apart by each article's `generated` record: for
every question studyguide wrote, its id and a fingerprint of its lines as written.

- A question whose lines still have their fingerprint is untouched: it is replaced by
  the version just generated.
- A question whose lines differ was edited, and is kept as it is. The fingerprint is of
  the text, not of the values, so that any change the teacher made (a reworded prompt,
  a comment inside the question, another layout) keeps studyguide's hands off.
- An id in the record that no question has any more was deleted; it is not brought back.
- A generated question whose id the record does not hold is new. It is added after the
  article's last question, unless the article already asks the same thing.
- An article the bank does not hold is added with all its questions, at the end; the
  teacher's questions that leave out `article:` then get one, naming the article they
  were about, since a bank of several articles needs it.
- An article whose text in the bank is not the text just generated from (the teacher
  corrected it, or the article changed) is left alone, questions and all.

After editing, the new text is read again and compared with the bank the merge meant to
write; when the two differ, nothing is written (`BankMergeError`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from studyguide.bank.files import read_bank_text
from studyguide.bank.problems import Report, quoted
from studyguide.bank.reader import parse_bank
from studyguide.bank.text_places import (
    Edit,
    after,
    apply_edits,
    content_end,
    is_block,
    item_span,
    normal_lines,
    reindent,
    value_of,
)
from studyguide.bank.writer import (
    ARTICLE_KEY_INDENT,
    ITEM_INDENT,
    article_lines,
    dump_bank,
    generated_lines,
    question_lines,
    value_lines,
)
from studyguide.bank.yaml_nodes import compose
from studyguide.errors import BankMergeError, InvalidBank, counted
from studyguide.model import Bank, BankArticle, GeneratedRecord, Question
from studyguide.storage import write_atomic


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What a merge did, question by question (ids, in the order met)."""

    added_articles: tuple[str, ...] = ()
    """Articles the bank did not hold, added with their questions."""
    added: tuple[str, ...] = ()
    """New questions added, those of new articles included."""
    refreshed: tuple[str, ...] = ()
    """Untouched generated questions, replaced by the version just generated."""
    unchanged: tuple[str, ...] = ()
    """Untouched generated questions that came out the same again."""
    kept_edited: tuple[str, ...] = ()
    """Questions kept as they are: the teacher edited them (or studyguide has no record
    of writing them)."""
    skipped_deleted: tuple[str, ...] = ()
    """Questions the teacher deleted, not brought back."""
    duplicates: tuple[str, ...] = ()
    """New questions not added: the article already has one of the same type and prompt."""
    pinned: tuple[str, ...] = ()
    """Questions that did not say which article they are about, given an `article:` line
    because the bank now holds more than one article."""
    text_differs: tuple[str, ...] = ()
    """Articles whose text in the bank is not the text just generated from: their
    questions were left alone."""
    backup: Path | None = None
    """The copy of the replaced file (`BANK~`), when a file was replaced."""
    total: int = 0
    """The questions the bank holds after the merge: the counts above, and the questions
    left as they were (the teacher's own, and those not generated again)."""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.added_articles or self.refreshed or self.pinned)

    def summary(self) -> str:
        """The counts in a line that add up to the bank: '2 questions added, 14 up to date,
        1 kept as edited, 3 left as they were; the bank holds 20 questions'."""
        parts = []
        if self.added:
            new = len(self.added_articles)
            with_articles = f" (with {counted(new, 'new article')})" if new else ""
            parts.append(f"{counted(len(self.added), 'question')} added{with_articles}")
        elif self.added_articles:
            parts.append(f"{counted(len(self.added_articles), 'article')} added")
        for ids, what in (
            (self.refreshed, "refreshed"),
            (self.unchanged, "up to date"),
            (self.kept_edited, "kept as edited"),
        ):
            if ids:
                parts.append(f"{len(ids)} {what}")
        # The teacher's own questions, and those generated before but not this time.
        counted_ids = (self.added, self.refreshed, self.unchanged, self.kept_edited)
        left = self.total - sum(len(ids) for ids in counted_ids)
        if left > 0:
            parts.append(f"{left} left as {'it was' if left == 1 else 'they were'}")
        for ids, what in (
            (self.skipped_deleted, "deleted and not brought back"),
            (self.duplicates, "already asked"),
        ):
            if ids:
                parts.append(f"{len(ids)} {what}")
        if self.text_differs:
            articles = counted(len(self.text_differs), "article")
            parts.append(f"{articles} left alone (its text differs)")
        said = ", ".join(parts) if parts else "nothing to add"
        return f"{said}; the bank holds {counted(self.total, 'question')}"


def fingerprint(lines: str) -> str:
    """A short hash of a question's lines, blind to line-break style and trailing spaces."""
    return hashlib.blake2b(normal_lines(lines).encode("utf-8"), digest_size=4).hexdigest()


def record_generated(bank: Bank) -> Bank:
    """The bank with each article recording all its questions as generated, for a new bank."""
    records: dict[str, list[GeneratedRecord]] = {a.id: [] for a in bank.articles}
    for question in bank.questions:
        if question.article in records:
            records[question.article].append(_record(question))
    articles = tuple(replace(a, generated=tuple(records[a.id])) for a in bank.articles)
    return replace(bank, articles=articles)


def _record(question: Question) -> GeneratedRecord:
    return GeneratedRecord(question.id, fingerprint(question_lines(question)))


def merge_into_bank(path: Path, generated: Bank) -> MergeReport:
    """Add the articles and questions of `generated` to the bank at `path`, keeping what the
    teacher edited, added, deleted and commented; create the bank when there is none.

    The file is written atomically, the one it replaces kept as `path~`, and not at all
    when nothing changes. Raises BankUnreadable or InvalidBank when the bank cannot be
    read, BankMergeError when the questions cannot be added without disturbing it.
    """
    if not path.exists():
        write_atomic(path, dump_bank(record_generated(generated)))
        return MergeReport(
            added_articles=tuple(a.id for a in generated.articles),
            added=tuple(q.id for q in generated.questions),
            total=len(generated.questions),
        )
    existing = read_bank_text(path)
    merged, report = merge_bank_text(existing, generated, str(path))
    if merged == existing:
        return report
    return replace(report, backup=write_atomic(path, merged, backup=True))


def merge_bank_text(
    existing_text: str, generated: Bank, filename: str = "<bank>"
) -> tuple[str, MergeReport]:
    """The text of the bank `existing_text` with `generated` merged in (see the module's
    docstring), and what was done. The text is `existing_text` itself when nothing changes.

    Raises InvalidBank when `existing_text` is not a valid bank, BankMergeError when the
    questions cannot be added without disturbing it.
    """
    bank = parse_bank(existing_text, filename)
    text = existing_text if existing_text.endswith("\n") else existing_text + "\n"
    root = compose(text, Report(filename))
    assert isinstance(root, MappingNode), "a valid bank is a mapping"
    merger = _Merger(text, root, bank, filename)
    merger.merge(generated)
    expected = merger.expected()
    report = replace(merger.report(), total=len(expected.questions))
    if not merger.edits:
        return existing_text, report
    merged = apply_edits(text, merger.newline_edits())
    _verify(merged, expected, filename)
    return merged, report


def _verify(merged: str, expected: Bank, filename: str) -> None:
    """Refuse to write a text that does not read back as the bank the merge meant."""
    try:
        written = parse_bank(merged, filename)
    except InvalidBank:
        written = None
    if written != expected:
        raise BankMergeError(
            f"{filename}: the new questions could not be added without disturbing the bank's "
            "layout; the bank was not changed",
            "generate into a new bank with -o and copy the questions you want by hand",
        )


@dataclass
class _Plan:
    """What the merged bank is to hold, built alongside the edits, to check them against."""

    questions: list[Question]
    """The bank's questions, refreshed ones replaced."""
    records: dict[str, list[GeneratedRecord]]
    after_question: dict[int, list[Question]] = field(default_factory=dict)
    """New questions to follow the question of each index."""
    tail: list[Question] = field(default_factory=list)
    """New questions to follow all the others."""
    new_articles: list[BankArticle] = field(default_factory=list)

    def bank(self, bank: Bank) -> Bank:
        questions = []
        for index, question in enumerate(self.questions):
            questions += [question, *self.after_question.get(index, ())]
        articles = [replace(a, generated=tuple(self.records[a.id])) for a in bank.articles]
        return replace(
            bank,
            articles=tuple(articles + self.new_articles),
            questions=tuple(questions + self.tail),
        )


class _Merger:
    """Decides question by question, and collects the text edits that carry it out."""

    def __init__(self, text: str, root: MappingNode, bank: Bank, filename: str) -> None:
        self.text = text
        self.root = root
        self.bank = bank
        self.filename = filename
        self.article_nodes = _items(root, "articles")
        self.question_nodes = _items(root, "questions")
        self.edits: list[Edit] = []
        self.plan = _Plan(list(bank.questions), {a.id: list(a.generated) for a in bank.articles})
        self.done: dict[str, list[str]] = {
            f.name: [] for f in fields(MergeReport) if f.name != "backup"
        }
        self.position = {q.id: index for index, q in enumerate(bank.questions)}
        found = value_of(root, "questions")
        self.shift = 0
        """How much further the bank's questions are indented than the writer indents them;
        questions are written, and their fingerprints taken, as indented in the bank."""
        if found is not None and is_block(found[1]) and found[1].value:
            self.shift = found[1].start_mark.column - ITEM_INDENT

    def report(self) -> MergeReport:
        done = {name: tuple(ids) for name, ids in self.done.items()}
        return MergeReport(
            added_articles=done["added_articles"],
            added=done["added"],
            refreshed=done["refreshed"],
            unchanged=done["unchanged"],
            kept_edited=done["kept_edited"],
            skipped_deleted=done["skipped_deleted"],
            duplicates=done["duplicates"],
            pinned=done["pinned"],
            text_differs=done["text_differs"],
        )

    def expected(self) -> Bank:
        return self.plan.bank(self.bank)

    def newline_edits(self) -> list[Edit]:
        """The edits, with the line breaks the file already uses."""
        if "\r\n" not in self.text:
            return self.edits
        return [replace(e, new=e.new.replace("\n", "\r\n")) for e in self.edits]

    # -- deciding -------------------------------------------------------------------

    def merge(self, generated: Bank) -> None:
        fresh: dict[str, list[Question]] = {a.id: [] for a in generated.articles}
        for question in generated.questions:
            if question.article not in fresh:
                raise ValueError(f"question {question.id!r} is about an article not given")
            fresh[question.article].append(question)
        new = []
        for article in generated.articles:
            held = self.bank.article(article.id)
            if held is None:
                new.append(article)
            elif held.text != article.text:
                self.done["text_differs"].append(article.id)
            else:
                self._merge_article(article.id, fresh[article.id])
        # New articles go last: their lines are added where the lines of earlier edits may be.
        if new and len(self.bank.articles) == 1:
            self._pin_questions(self.bank.articles[0].id)
        for article in new:
            self._add_article(article, fresh[article.id])
        self._add_tail()

    def _merge_article(self, article_id: str, questions: list[Question]) -> None:
        recorded = {r.id: r.fingerprint for r in self.plan.records[article_id]}
        asked = {_asked(q) for q in self.bank.questions if q.article == article_id}
        added: list[Question] = []
        for question in questions:
            lines = self._lines(question)
            index = self.position.get(question.id)
            if index is not None:
                held = self.bank.questions[index]
                if held.article != article_id or self._in_file(index) != recorded.get(held.id):
                    self.done["kept_edited"].append(question.id)
                elif fingerprint(lines) == recorded[held.id]:
                    self.done["unchanged"].append(question.id)
                else:
                    self._refresh(index, question, lines)
            elif question.id in recorded:
                self.done["skipped_deleted"].append(question.id)
            elif _asked(question) in asked:
                self.done["duplicates"].append(question.id)
            else:
                asked.add(_asked(question))
                recorded[question.id] = fingerprint(lines)
                added.append(question)
        if added:
            self._add_questions(article_id, added)

    def _in_file(self, index: int) -> str:
        start, end = item_span(self.text, self.question_nodes[index])
        return fingerprint(self.text[start:end])

    # -- editing ----------------------------------------------------------------------

    def _refresh(self, index: int, question: Question, lines: str) -> None:
        start, end = item_span(self.text, self.question_nodes[index])
        self.edits.append(Edit(start, end, lines))
        self.plan.questions[index] = question
        record = self._record(question)
        records = self.plan.records[question.article]
        records[:] = [record if r.id == record.id else r for r in records]
        value = self._record_node(question.article, question.id)
        end = content_end(self.text, value)
        self.edits.append(Edit(value.start_mark.index, end, _scalar(record.fingerprint)))
        self.done["refreshed"].append(question.id)

    def _add_questions(self, article_id: str, questions: list[Question]) -> None:
        """Add new questions of an article the bank holds, after its last question."""
        self._add_records(article_id, [self._record(q) for q in questions])
        self.done["added"].extend(q.id for q in questions)
        held = [i for i, q in enumerate(self.bank.questions) if q.article == article_id]
        if not held:
            self.plan.tail.extend(questions)
            return
        self.plan.after_question.setdefault(held[-1], []).extend(questions)
        self._require_block(self._questions(), "the bank's questions")
        place = after(self.text, self.question_nodes[held[-1]])
        items = "\n".join(self._lines(q) for q in questions)
        self.edits.append(Edit(place, place, "\n" + items))

    def _add_records(self, article_id: str, records: list[GeneratedRecord]) -> None:
        self.plan.records[article_id].extend(records)
        index = next(i for i, a in enumerate(self.bank.articles) if a.id == article_id)
        self._append(
            self.article_nodes[index],
            "generated",
            generated_lines(tuple(records)),
            key_indent=ARTICLE_KEY_INDENT,
            separated=False,
            what=f'the "generated" record of article {quoted(article_id)}',
        )

    def _add_article(self, article: BankArticle, questions: list[Question]) -> None:
        records = tuple(self._record(q) for q in questions)
        recorded = replace(article, generated=records)
        self.plan.new_articles.append(_as_kept(recorded))
        self.plan.tail.extend(questions)
        self.done["added_articles"].append(article.id)
        self.done["added"].extend(q.id for q in questions)
        self._append(
            self.root,
            "articles",
            "articles:\n" + article_lines(recorded),
            key_indent=0,
            separated=True,
            what="the bank's articles",
        )

    def _add_tail(self) -> None:
        if self.plan.tail:
            self._append(
                self.root,
                "questions",
                "questions:\n" + _items_text(self.plan.tail),
                key_indent=0,
                separated=True,
                what="the bank's questions",
            )

    def _append(
        self, parent: Node, key: str, block: str, *, key_indent: int, separated: bool, what: str
    ) -> None:
        """Add the items of `block` (`key` and its items, as the writer writes them with the
        key indented by `key_indent`) to the list or mapping under `key` in `parent`, or add
        `block` itself to `parent` when it has no `key`. `separated`: a blank line between
        items, as in the bank's top-level lists."""
        assert isinstance(parent, MappingNode)
        items = block.split("\n", 1)[1]
        gap = "\n" if separated else ""
        found = value_of(parent, key)
        if found is None:
            self._require_block(parent, what)
            place = after(self.text, parent)
            moved = reindent(block, parent.start_mark.column - key_indent)
            self.edits.append(Edit(place, place, gap + moved))
            return
        key_node, value = found
        if is_block(value):
            place = after(self.text, value)
            moved = reindent(items, value.start_mark.column - key_indent - 2)
            self.edits.append(Edit(place, place, gap + moved))
            return
        if value.value:
            raise self._layout_error(value, what)
        # An empty list or mapping ("[]", "{}" or nothing): its items go on the lines below.
        self.edits.append(Edit(key_node.end_mark.index, value.end_mark.index, ":"))
        place = after(self.text, key_node if isinstance(value, ScalarNode) else value)
        self.edits.append(
            Edit(place, place, reindent(items, key_node.start_mark.column - key_indent))
        )

    def _pin_questions(self, article_id: str) -> None:
        """Give `article:` to questions that leave it out, as a second article comes in."""
        for question, node in zip(self.bank.questions, self.question_nodes, strict=True):
            if not isinstance(node, MappingNode) or value_of(node, "article") is not None:
                continue
            if node.flow_style:
                place = node.start_mark.index + 1
                line = value_lines("article", article_id).rstrip("\n") + ", "
            else:
                # A line of its own below the first, so that no line of the teacher's changes.
                place = after(self.text, node.value[0][1])
                line = reindent(value_lines("article", article_id), node.start_mark.column)
            self.edits.append(Edit(place, place, line))
            self.done["pinned"].append(question.id)

    def _questions(self) -> SequenceNode:
        found = value_of(self.root, "questions")
        assert found is not None and isinstance(found[1], SequenceNode)
        return found[1]

    def _lines(self, question: Question) -> str:
        """The question's lines as they are to stand in the bank."""
        return reindent(question_lines(question), self.shift)

    def _record(self, question: Question) -> GeneratedRecord:
        return GeneratedRecord(question.id, fingerprint(self._lines(question)))

    def _record_node(self, article_id: str, question_id: str) -> Node:
        index = next(i for i, a in enumerate(self.bank.articles) if a.id == article_id)
        article = self.article_nodes[index]
        assert isinstance(article, MappingNode)
        found = value_of(article, "generated")
        assert found is not None and isinstance(found[1], MappingNode)
        record = value_of(found[1], question_id)
        assert record is not None
        return record[1]

    def _require_block(self, node: Node, what: str) -> None:
        if not is_block(node):
            raise self._layout_error(node, what)

    def _layout_error(self, node: Node, what: str) -> BankMergeError:
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        return BankMergeError(
            f"{self.filename}:{line}:{column}: cannot add to {what}: it is written on one "
            "line, in brackets",
            'write it as indented lines, each item starting with "- " (or as key: value '
            "lines), then generate again",
        )


def _items(root: MappingNode, key: str) -> list[Node]:
    found = value_of(root, key)
    return list(found[1].value) if found is not None and isinstance(found[1], SequenceNode) else []


def _items_text(questions: list[Question]) -> str:
    """Questions as items of a top-level list, a blank line between them."""
    return "\n".join(question_lines(q) for q in questions)


def _scalar(value: str) -> str:
    """A short text as the writer writes it after a key, quoted when it needs to be."""
    return value_lines("x", value).removeprefix("x: ").rstrip("\n")


def _as_kept(article: BankArticle) -> BankArticle:
    """The article as a bank keeps it, which is less than the analysis found (no mentions)."""
    return parse_bank(dump_bank(Bank(title="-", articles=(article,)))).articles[0]


def _asked(question: Question) -> tuple[str, str]:
    """What a question asks, to tell a new question from one the article already has."""
    return question.type.value, " ".join(question.prompt.casefold().split())
