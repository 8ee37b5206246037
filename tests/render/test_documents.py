from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import KeepTogether, Paragraph

from studyguide.errors import DoesNotFit, RenderError
from studyguide.model import BLANK, Bank, DateMention, Evidence, Question, QuestionType, Span
from studyguide.render import (
    page_count,
    render_answer_key,
    render_documents,
    render_study_guide,
    render_worksheet,
)
from studyguide.render.arrangement import PrintedQuestion, arrange
from studyguide.render.fonts import load_font
from studyguide.render.page import build_pdf, make_setup
from studyguide.render.pdf_document import keep_together, stretches
from studyguide.render.questions import printing
from tests.render.banks import sample_bank
from tests.render.conftest import flat, page_texts

ROOT = Path(__file__).resolve().parents[2]


def worksheet_prompt(question: Question) -> str:
    """The prompt as the worksheet prints it: a fill-in gap is drawn longer."""
    return flat(question.prompt.replace(BLANK, "_" * 18))


def printed_parts(printed: PrintedQuestion) -> list[str]:
    question = printed.question
    return [
        worksheet_prompt(question),
        *printed.choices,
        *(pair.left for pair in question.pairs),
        *printed.right,
        *printed.items,
    ]


# -- worksheet ------------------------------------------------------------------------------


def test_worksheet_prints_every_prompt_and_option(harbour_bank: Bank) -> None:
    text = " ".join(page_texts(render_worksheet(harbour_bank)))
    for printed in arrange(harbour_bank).questions:
        for part in printed_parts(printed):
            assert flat(part) in text
    for part in (
        "Harbour Bridge Worksheet · Harbour Bridge Reopens After Repairs · Coastline News · "
        "6 May 2024",
        "Name Class Date 6 questions Score / 8",
        "Part 1: Multiple choice Circle the letter of the best answer. (1 question, 1 point)",
        "1. Who said “We promised a safer crossing, and today we keep that promise”? 1 point "
        "A Mehmet Özdağ B Elena Dvořák C Anna Kowalski D Tomás Rivera",
        "2. Engineers replaced 40 cables in 2021. 1 point T True F False",
        "3. Engineers from Łódź Steelworks replaced 40 cables in __________________. 1 point",
        "4. Match each person with their role. 2 points 1. Elena Dvořák A. Mayor "
        "2. Mehmet Özdağ B. Opposition councillor",
        "5. Put these events in the order they happened. 1 point Cables replaced Bridge reopened",
        "Part 6: Short answer Answer in one or two complete sentences. (1 question, 2 points) "
        "6. What did Mehmet Özdağ say about the project's schedule? 2 points",
        "Harbour Bridge · Worksheet Page 1 of 2",
        "Harbour Bridge · Worksheet Page 2 of 2",
    ):
        assert part in text


def test_worksheet_of_the_sample_bank_prints_every_prompt_and_option() -> None:
    bank = sample_bank(24)
    text = " ".join(page_texts(render_worksheet(bank)))
    for printed in arrange(bank).questions:
        for part in printed_parts(printed):
            assert flat(part) in text


@pytest.mark.slow
def test_no_question_is_split_across_pages(sixty_bank: Bank) -> None:
    pages = page_texts(render_worksheet(sixty_bank))
    questions = arrange(sixty_bank).questions
    assert len(questions) == 60
    assert len(pages) >= 10
    for position, printed in enumerate(questions):
        prompt = worksheet_prompt(printed.question)
        holding = [index for index, page in enumerate(pages) if prompt in page]
        assert len(holding) == 1, f"question {printed.number} is not whole on one page"
        page = pages[holding[0]]
        start = page.index(prompt)
        assert page[:start].endswith(f"{printed.number}. ")
        end = len(page)
        if position + 1 < len(questions):
            following = worksheet_prompt(questions[position + 1].question)
            end = page.find(following, start) if following in page else end
        block = page[start:end]
        for part in printed_parts(printed)[1:]:
            assert flat(part) in block, f"question {printed.number}: {part!r} is not on its page"


# -- answer key -----------------------------------------------------------------------------


def test_answer_key_gives_every_answer_with_its_paragraph(harbour_bank: Bank) -> None:
    text = " ".join(page_texts(render_answer_key(harbour_bank)))
    for part in (
        "Answer key · Total 8 points",
        "Quick answers 1. B 2. F 3. 2023 4. 1–A, 2–B 5. 1, 2 6. a year late Part 1: Multiple choice",
        "B Elena Dvořák Paragraph 2: “We promised a safer crossing, and today we keep that "
        "promise,” Dvořák said at the ceremony. 1 point",
        "False Changed from the article: date: 2023 → 2021 Paragraph 3: Engineers from Łódź "
        "Steelworks replaced 40 cables in 2023.",
        "Engineers from Łódź Steelworks replaced 40 cables in _____. 2023 Paragraph 3:",
        "1–A, 2–B Elena Dvořák – Mayor; Mehmet Özdağ – Opposition councillor Paragraph 4:",
        "Boxes from the top: 1, 2 Order: 1. Cables replaced; 2. Bridge reopened Paragraph 3:",
        "Model answer: It ran a year late. Also accept: a year late; one year late Paragraph 4: "
        "Opposition "
        "councillor Mehmet Özdağ said the project ran a year late. 2 points",
    ):
        assert part in text


def test_answer_key_of_the_sample_bank_holds_every_prompt_and_answer() -> None:
    bank = sample_bank(24)
    text = " ".join(page_texts(render_answer_key(bank)))
    for question in bank.questions:
        assert flat(question.prompt) in text
        if question.answer:
            assert flat(question.answer) in text
        for pair in question.pairs:
            assert f"{flat(pair.left)} – {flat(pair.right)}" in text
        if question.order:
            steps = "; ".join(f"{i}. {flat(item)}" for i, item in enumerate(question.order, 1))
            assert f"Order: {steps}" in text
    for printed in arrange(bank).questions:
        answer = printing(printed.question.type).quick(printed)
        if answer is not None:
            assert f"{printed.number}. {flat(answer)}" in text


# -- study guide ----------------------------------------------------------------------------


def test_study_guide_sections(harbour_bank: Bank) -> None:
    text = " ".join(page_texts(render_study_guide(harbour_bank)))
    for part in (
        "The article at a glance Title Harbour Bridge Reopens After Repairs Source Coastline News "
        "Published 6 May 2024 Place Kingstown Length 4 paragraphs",
        "Who's who Name Role Also called Elena Dvořák Mayor Dvořák Mehmet Özdağ Opposition "
        "councillor Özdağ Łódź Steelworks organisation –",
        "Who said what Elena Dvořák Mayor said “We promised a safer crossing, and today we keep "
        "that promise” paragraph 2 Mehmet Özdağ Opposition councillor said the project ran a "
        "year late paragraph 4",
        "Timeline 2023 paragraph 3 Engineers from Łódź Steelworks replaced 40 cables in 2023. "
        "Key terms Names and words to know, each in the sentence where the article first uses "
        "it. Old Harbour Bridge The Old Harbour Bridge reopened on Monday after two years of "
        "repairs, Mayor Elena Dvořák said. paragraph 1 The article",
        "The article 1 KINGSTOWN (Coastline News) — The Old Harbour Bridge reopened on Monday",
        "4 Opposition councillor Mehmet Özdağ said the project ran a year late.",
    ):
        assert part in text


def test_study_guide_ends_with_every_prompt_to_practise(harbour_bank: Bank) -> None:
    text = " ".join(page_texts(render_study_guide(harbour_bank)))
    practice = text[text.index("Practice questions") :]
    assert practice.startswith(
        "Practice questions Answer each question from memory, then check your answers with "
        "the article. 1. Who said “We promised a safer crossing, and today we keep that "
        "promise”? A. Mehmet Özdağ B. Elena Dvořák C. Anna Kowalski D. Tomás Rivera 2. True or "
        "false: Engineers replaced 40 cables in 2021. 3. Engineers from Łódź Steelworks replaced "
        "40 cables in __________________. 4. Match each person with their role. 1. Elena Dvořák "
        "2. Mehmet Özdağ A. Mayor B. Opposition councillor 5. Put these events in the order they "
        "happened. • Cables replaced • Bridge reopened 6. What did Mehmet Özdağ say about the "
        "project's schedule?"
    )
    for printed in arrange(harbour_bank).questions:
        prompt = worksheet_prompt(printed.question)
        if printed.question.type is QuestionType.TRUE_FALSE:
            prompt = f"True or false: {prompt}"
        assert f"{printed.number}. {prompt}" in practice
        for part in printed_parts(printed)[1:]:
            assert flat(part) in practice
    for answer in ("Answer key", "Changed from the article", "Also accept"):
        assert answer not in practice


def test_practice_questions_follow_the_article_on_its_page(harbour_bank: Bank) -> None:
    pages = page_texts(render_study_guide(harbour_bank))
    assert len(pages) == 2
    assert "Özdağ said. Practice questions Answer each question from memory" in pages[1]


def test_study_guide_of_the_sample_bank_holds_every_prompt() -> None:
    bank = sample_bank(60)
    text = " ".join(page_texts(render_study_guide(bank)))
    practice = text[text.index("Practice questions") :]
    for question in bank.questions:
        assert worksheet_prompt(question) in practice


def test_study_guide_timeline_marks_times_without_a_date(harbour_bank: Bank) -> None:
    article = harbour_bank.articles[0]
    sentence = "The Old Harbour Bridge reopened on Monday after two years of repairs, Mayor "
    sentence += "Elena Dvořák said."
    at, start = article.text.index(sentence), article.text.index("Monday")
    on_monday = DateMention(
        Span(start, start + 6, "Monday"), None, Span(at, at + len(sentence), sentence)
    )
    bank = replace(harbour_bank, articles=(replace(article, dates=(*article.dates, on_monday)),))
    text = " ".join(page_texts(render_study_guide(bank)))
    assert (
        "Timeline 2023 paragraph 3 Engineers from Łódź Steelworks replaced 40 cables in 2023. "
        "Monday paragraph 1 The Old Harbour Bridge reopened on Monday after two years of "
        "repairs, Mayor Elena Dvořák said. Open dots: times the article names without a date, "
        "in the order it mentions them. Key terms"
    ) in text


def test_study_guide_numbers_paragraphs_but_not_subheads() -> None:
    text = " ".join(page_texts(render_study_guide(sample_bank(6))))
    assert (
        "legitimate government. US-Led 2003 Iraq Invasion Gave Rise to Syrian Crisis "
        '6 "You might be surprised'
    ) in text
    assert "17 The US-led international coalition has been launching airstrikes" in text
    assert (
        "Timeline 2003 paragraph 9 The United States and its coalition partners invaded Iraq"
        in text
    )


# -- text, fonts, paper -----------------------------------------------------------------------


def test_unicode_names_print_exactly(harbour_bank: Bank) -> None:
    for pdf in render_documents(harbour_bank).values():
        text = " ".join(page_texts(pdf))
        for name in ("Dvořák", "Özdağ", "Łódź", "“We promised"):
            assert name in text
    sample = " ".join(page_texts(render_worksheet(sample_bank(6))))
    assert "Recep Tayyip Erdoğan" in sample


def test_markup_in_the_bank_prints_literally(harbour_bank: Bank) -> None:
    tricky = 'Use <b>bold</b> & <font color="red">red</font> then<br/>break &amp; more.'
    article = harbour_bank.articles[0]
    text = article.text + tricky + "\n"
    start = len(article.text)
    bank = replace(
        harbour_bank,
        title="Tags <b>&</b>",
        articles=(replace(article, text=text),),
        questions=(
            Question(
                id="q-tricky",
                type=QuestionType.MULTIPLE_CHOICE,
                article=article.id,
                prompt=f"What does it say: {tricky}?",
                answer="<i>this</i>",
                choices=("<i>this</i>", "A & B", "<br/>", "&lt;"),
                evidence=(Evidence(start, start + len(tricky), tricky),),
            ),
        ),
    )
    documents = render_documents(bank)
    worksheet = " ".join(page_texts(documents["worksheet.pdf"]))
    assert "Tags <b>&</b>" in worksheet
    assert f"What does it say: {tricky}?" in worksheet
    assert "A <i>this</i> B A & B C <br/> D &lt;" in worksheet
    key = " ".join(page_texts(documents["answer-key.pdf"]))
    assert f"A <i>this</i> Paragraph 5: {tricky}" in key
    guide = " ".join(page_texts(documents["study-guide.pdf"]))
    assert f"5 {tricky}" in guide


@pytest.mark.parametrize(
    ("paper", "size"), [("letter", (612, 792)), ("a4", (595, 842)), ("A4", (595, 842))]
)
def test_paper_sizes(harbour_bank: Bank, paper: str, size: tuple[int, int]) -> None:
    for pdf in render_documents(harbour_bank, paper=paper).values():
        for page in PdfReader(io.BytesIO(pdf)).pages:
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_an_unknown_paper_size_is_refused(harbour_bank: Bank) -> None:
    with pytest.raises(RenderError) as raised:
        render_worksheet(harbour_bank, paper="legal")
    assert raised.value.message == "unknown paper size 'legal'"
    assert raised.value.hint == "choose one of: letter, a4"


# -- the documents together -----------------------------------------------------------------


def test_render_documents_names_what_was_asked_for(harbour_bank: Bank) -> None:
    assert list(render_documents(harbour_bank)) == [
        "worksheet.pdf",
        "answer-key.pdf",
        "study-guide.pdf",
    ]
    assert list(render_documents(harbour_bank, worksheet=False, guide=False)) == ["answer-key.pdf"]
    assert render_documents(harbour_bank, worksheet=False, key=False, guide=False) == {}


def test_the_same_bank_gives_the_same_bytes(harbour_bank: Bank) -> None:
    first = render_documents(harbour_bank)
    assert render_documents(harbour_bank) == first
    assert render_worksheet(harbour_bank) == first["worksheet.pdf"]
    assert render_answer_key(harbour_bank) == first["answer-key.pdf"]
    alone = render_documents(harbour_bank, worksheet=False, key=False)
    assert render_study_guide(harbour_bank) == alone["study-guide.pdf"]


def test_a_guide_printed_with_the_worksheet_leaves_its_questions_out(harbour_bank: Bank) -> None:
    # Handed out together, the guide would answer the worksheet's questions.
    together = render_documents(harbour_bank, key=False)["study-guide.pdf"]
    alone = render_documents(harbour_bank, worksheet=False, key=False)["study-guide.pdf"]
    assert "Practice questions" not in " ".join(page_texts(together))
    assert "Practice questions" in " ".join(page_texts(alone))
    asked = render_documents(harbour_bank, key=False, practice=True)["study-guide.pdf"]
    assert "Practice questions" in " ".join(page_texts(asked))


def test_the_verb_column_holds_its_longest_verb_whole(harbour_bank: Bank) -> None:
    claim = replace(harbour_bank.articles[0].claims[0], cue="acknowledged")
    article = replace(harbour_bank.articles[0], claims=(claim,))
    text = " ".join(page_texts(render_study_guide(replace(harbour_bank, articles=(article,)))))
    assert "acknowledged" in text


@pytest.mark.slow
def test_the_same_bank_gives_the_same_bytes_in_another_process(harbour_bank: Bank) -> None:
    script = (
        "import sys\n"
        "from tests.support import make_harbour_bank\n"
        "from studyguide.render import render_documents\n"
        "documents = render_documents(make_harbour_bank())\n"
        "sys.stdout.buffer.write(b''.join(documents.values()))\n"
    )
    environment = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, check=True
    )
    assert done.stdout == b"".join(render_documents(harbour_bank).values())


def test_page_count_reads_the_number_of_pages(harbour_bank: Bank) -> None:
    for pdf in render_documents(harbour_bank).values():
        assert page_count(pdf) == len(PdfReader(io.BytesIO(pdf)).pages)
    assert page_count(render_worksheet(harbour_bank)) == 2


def test_a_bank_without_questions_still_prints(harbour_bank: Bank) -> None:
    bank = replace(harbour_bank, questions=())
    documents = render_documents(bank)
    assert "0 questions Score / 0" in " ".join(page_texts(documents["worksheet.pdf"]))
    assert "Who's who" in " ".join(page_texts(documents["study-guide.pdf"]))


def test_a_kept_group_inside_another_does_not_force_a_new_page() -> None:
    setup = make_setup("letter", load_font())
    style = setup.styles.body
    inner = KeepTogether([Paragraph("Inner one", style), Paragraph("Inner two", style)])
    story = [
        Paragraph("Before", style),
        keep_together([Paragraph("Heading", style), inner]),
        Paragraph("After", style),
    ]
    pdf = build_pdf(story, setup, title="Test", footer="Test")
    assert page_count(pdf) == 1
    assert page_texts(pdf)[0].startswith("Before Heading Inner one Inner two After")


def test_a_paragraph_of_many_pages_is_printed_whole() -> None:
    bank = sample_bank(3)
    article = bank.articles[0]
    sentences = [
        f"Sentence {n} of a paragraph that runs on for page after page." for n in range(900)
    ]
    long = replace(article, text=" ".join(sentences))
    pdf = render_study_guide(replace(bank, articles=(long,)))
    # The text without each page's footer, which pypdf reads in mid-sentence.
    printed = re.sub(
        rf" ?{re.escape(bank.title)} · Study guide Page \d+ of \d+ ?",
        " ",
        " ".join(page_texts(pdf)),
    )
    assert page_count(pdf) > 5
    # Every sentence, in order: the paragraph is printed in stretches that read on.
    places = [printed.find(sentence) for sentence in sentences]
    assert -1 not in places
    assert places == sorted(places)


@pytest.mark.slow
def test_a_question_too_long_for_a_page_is_refused_with_a_clear_error() -> None:
    bank = sample_bank(3)
    first = bank.questions[0]
    huge = replace(first, prompt=first.prompt + " more words" * 8000)
    with pytest.raises(DoesNotFit) as raised:
        render_worksheet(replace(bank, questions=(huge, *bank.questions[1:])))
    assert raised.value.code == "SG202"
    assert f"question {first.id} is too long to fit on one page" in str(raised.value)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("render", "part"), [(render_answer_key, "answer"), (render_study_guide, "prompt")]
)
def test_the_question_too_long_for_a_page_is_named_in_every_document(
    render: Callable[[Bank], bytes], part: str
) -> None:
    bank = sample_bank(3)
    last = bank.questions[-1]
    huge = replace(last, **{part: getattr(last, part) + " and more" * 9000})
    with pytest.raises(DoesNotFit) as raised:
        render(replace(bank, questions=(*bank.questions[:-1], huge)))
    assert raised.value.question == last.id


def test_a_long_paragraph_is_cut_at_sentence_ends() -> None:
    text = " ".join(f"Sentence number {n} ends here." for n in range(200))
    runs = stretches(text, limit=300)
    assert " ".join(runs) == text
    assert all(len(run) <= 300 and run.endswith(".") for run in runs)
    assert stretches("short text", limit=300) == ["short text"]


def test_the_key_leaves_out_a_change_the_prompt_no_longer_makes(harbour_bank: Bank) -> None:
    statement = harbour_bank.questions[1]  # altered: "date: 2023 → 2021"
    reworded = replace(statement, prompt="Engineers replaced 40 cables in 2020.")
    bank = replace(harbour_bank, questions=(statement, reworded))
    text = " ".join(page_texts(render_answer_key(bank)))
    assert text.count("Changed from the article") == 1
