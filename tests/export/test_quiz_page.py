"""The offline quiz page, taken in a real headless browser (Chromium) as a student takes
it: every type answered, the evidence shown, the score at the end; by keyboard alone and
at a phone's width; its typed-answer grading the same as the terminal quiz's."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select

from studyguide.export import ExportFormat, export_bank
from studyguide.export.words import shown_order
from studyguide.model import Bank, Question
from studyguide.quiz.grading import (
    Verdict,
    grade,
    in_own_words,
    normalize,
    rivals_for,
    typos,
    with_name_parts,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    driver_path = shutil.which("chromedriver")
    assert driver_path, "the quiz page's test needs chromium and chromedriver: run scripts/test"
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    binary = shutil.which("chromium")
    if binary:
        options.binary_location = binary
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(driver_path))
    yield driver
    driver.quit()


@pytest.fixture
def page(harbour_bank: Bank, tmp_path: Path, browser: WebDriver) -> WebDriver:
    path = tmp_path / "harbour.html"
    path.write_bytes(export_bank(harbour_bank, ExportFormat.HTML))
    browser.set_window_size(1000, 900)
    browser.get(path.as_uri())
    return browser


def _form(page: WebDriver) -> WebElement:
    return page.find_element(By.CSS_SELECTOR, "form.question")


def _check(page: WebDriver) -> str:
    """Checks the answer given; the message the page shows."""
    _form(page).find_element(By.CSS_SELECTOR, "button").click()
    return str(_form(page).find_element(By.CSS_SELECTOR, ".message").text)


def _choose(page: WebDriver, label: str) -> None:
    for choice in _form(page).find_elements(By.CSS_SELECTOR, "label.choice"):
        if choice.text.strip().endswith(label):
            choice.click()
            return
    raise AssertionError(f"no choice {label!r}")


def _next(page: WebDriver) -> None:
    _form(page).find_element(By.CSS_SELECTOR, "button").click()


def test_a_student_answers_every_type_and_sees_the_score(
    page: WebDriver, harbour_bank: Bank
) -> None:
    assert page.title == "Harbour Bridge"
    # Multiple choice: nothing chosen is asked again, not marked wrong.
    assert "Question 1 of 6" in _form(page).text
    assert _check(page) == "Choose one answer."
    _choose(page, "Elena Dvořák")
    assert _check(page) == "Right."
    assert "Paragraph 2 quotes Mayor Elena Dvořák" in _form(page).text  # the evidence
    assert "today we keep that promise" in _form(page).find_element(By.TAG_NAME, "blockquote").text
    _next(page)
    # True or false: a wrong answer gives the right one.
    _choose(page, "True")
    assert _check(page) == "Not quite. The answer: False"
    marked = {
        c.text.strip(): c.get_attribute("class")
        for c in _form(page).find_elements(By.CSS_SELECTOR, "label.choice")
    }
    assert marked == {"True": "choice wrong", "False": "choice right"}
    _next(page)
    # Fill in the blank, then a short answer with a forgiven typo.
    _form(page).find_element(By.NAME, "answer").send_keys("2023")
    assert _check(page) == "Right."
    _next(page)
    _form(page).find_element(By.NAME, "answer").send_keys("a yeer late")
    assert _check(page) == "Right. Accepted with a small typo. The spelling is: a year late"
    _next(page)
    # Matching: every left item needs its match; one wrong says how many were right.
    assert _check(page) == "Choose a match for every item."
    Select(_form(page).find_element(By.NAME, "match-0")).select_by_visible_text("Mayor")
    Select(_form(page).find_element(By.NAME, "match-1")).select_by_visible_text("Mayor")
    assert _check(page) == (
        "Not quite. The answer: Elena Dvořák → Mayor; Mehmet Özdağ → Opposition councillor"
        " 1 of 2 matched right."
    )
    _next(page)
    # Ordering: each item its own place, the items shown as every export shows them.
    ordering = harbour_bank.questions[5]
    items = [e.text for e in _form(page).find_elements(By.CSS_SELECTOR, ".row span")]
    assert items == list(shown_order(ordering))
    for at, item in enumerate(items):
        place = str(ordering.order.index(item) + 1)
        Select(_form(page).find_element(By.NAME, f"place-{at}")).select_by_visible_text(place)
    assert _check(page) == "Right."
    _next(page)
    score = page.find_element(By.ID, "score").text
    assert score == "You scored 4 of 6."
    missed = page.find_elements(By.CSS_SELECTOR, ".score li")
    assert [m.text.split(" — ")[1] for m in missed] == [
        "False",
        "Elena Dvořák → Mayor; Mehmet Özdağ → Opposition councillor",
    ]
    page.find_element(By.CSS_SELECTOR, ".score button").click()
    assert "Question 1 of 6" in _form(page).text


def test_the_quiz_is_taken_by_keyboard_alone(page: WebDriver) -> None:
    # The first choice has the focus; an arrow key moves to the next, Enter checks.
    active = page.switch_to.active_element
    active.send_keys(Keys.SPACE)
    active.send_keys(Keys.ARROW_DOWN)
    page.switch_to.active_element.send_keys(Keys.ENTER)
    assert _form(page).find_element(By.CSS_SELECTOR, ".message").text == "Right."
    # The button has the focus: Enter goes on, to a question whose first choice has it.
    page.switch_to.active_element.send_keys(Keys.ENTER)
    assert "Question 2 of 6" in _form(page).text
    assert page.switch_to.active_element.get_attribute("type") == "radio"


def test_the_page_fits_a_phone_and_needs_no_network(page: WebDriver, harbour_bank: Bank) -> None:
    page.set_window_size(360, 740)
    width = page.execute_script("return document.documentElement.scrollWidth")
    inner = page.execute_script("return window.innerWidth")
    assert width <= inner
    source = export_bank(harbour_bank, ExportFormat.HTML).decode("utf-8")
    assert "default-src 'none'" in source
    assert not [tag for tag in ("src=", "href=", "@import", "url(") if tag in source]


def test_text_from_the_bank_is_shown_as_text(
    harbour_bank: Bank, tmp_path: Path, browser: WebDriver
) -> None:
    first = replace(harbour_bank.questions[0], prompt="Who said </script><b>“this”</b>?")
    path = tmp_path / "odd.html"
    path.write_bytes(export_bank(replace(harbour_bank, questions=(first,)), ExportFormat.HTML))
    browser.get(path.as_uri())
    assert _form(browser).find_element(By.TAG_NAME, "h2").text == "Who said </script><b>“this”</b>?"


def test_an_answer_in_the_student_s_own_words_is_compared_and_may_be_counted(
    harbour_bank: Bank, tmp_path: Path, browser: WebDriver
) -> None:
    (short,) = [q for q in harbour_bank.questions if q.type.value == "short_answer"][:1]
    main = replace(
        short,
        prompt="In one sentence, in your own words, what is the main news that the article reports?",
        answer="The harbour bridge will be rebuilt at a cost of two million pounds, the council said.",
        accepted=(),
    )
    path = tmp_path / "main.html"
    path.write_bytes(export_bank(replace(harbour_bank, questions=(main,)), ExportFormat.HTML))
    browser.get(path.as_uri())
    _form(browser).find_element(By.NAME, "answer").send_keys(
        "The council will pay for a new bridge"
    )
    assert _check(browser) == (
        "Compare with the model answer: The harbour bridge will be rebuilt at a cost of two"
        " million pounds, the council said."
    )
    _form(browser).find_element(By.CSS_SELECTOR, "button.same").click()
    assert _form(browser).find_element(By.CSS_SELECTOR, ".message").text == (
        "Counted right, as you say."
    )
    _next(browser)
    assert browser.find_element(By.ID, "score").text == "You scored 1 of 1."


def test_a_bank_of_two_articles_says_which_each_question_is_on(
    harbour_bank: Bank, tmp_path: Path, browser: WebDriver
) -> None:
    other = replace(harbour_bank.articles[0], id="ferry", title="Ferry Fares Cut")
    second = replace(harbour_bank.questions[1], id="q-ferry", article="ferry")
    bank = replace(
        harbour_bank,
        articles=(*harbour_bank.articles, other),
        questions=(harbour_bank.questions[0], second),
    )
    path = tmp_path / "two.html"
    path.write_bytes(export_bank(bank, ExportFormat.HTML))
    browser.get(path.as_uri())
    assert _form(browser).find_element(By.CSS_SELECTOR, ".article").text == bank.articles[0].title
    _choose(browser, "Elena Dvořák")
    _check(browser)
    _next(browser)
    assert _form(browser).find_element(By.CSS_SELECTOR, ".article").text == "Ferry Fares Cut"


def _typed_cases() -> list[tuple[str, str]]:
    """Answers and what a student might type for them: the same, with small slips, and
    with other words; some random, from a fixed seed."""
    answers = [
        "Dvořák",
        "Elena Dvořák",
        "2023",
        "a year late",
        "Assad",
        "Obama",
        "Łódź Steelworks",
        "wilful",
        "Engineers replaced the old cables because they had rusted",
        "The harbour bridge will reopen in May after the council replaced its rusted cables",
    ]
    typed = [
        "the engineers replaced rusted cables",
        "the cables were not replaced, they rusted",
        "cables rusted",
        "dvorak",
        "Dvorák",
        "dvorka",
        "dvoark",
        "Dbořák",
        "Elena Dvorak",
        "elena  dvorak!",
        "2021",
        "a yaer late",
        "one year late",
        "Asad",
        "Asaad",
        "Osama",
        "Oboma",
        "Lodz steelworks",
        "in 2023",
        "from 2023",
        "before 2023",
        "at the Lodz Steelworks",
        "Elena",
        "mehmet",
        "Ozdag",
        "willful",
        "wilful",
        "the Lodz Steelwroks",
        "Steelworks",
    ]
    cases = [(a, t) for a in answers for t in typed]
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    for _ in range(300):
        answer = rng.choice(answers + ["Mehmet Özdağ", "the Harbour Board", "Kingstown"])
        word = list(answer)
        at = rng.randrange(len(word))
        move = rng.choice(["swap", "drop", "double", "change"])
        if move == "swap" and at + 1 < len(word):
            word[at], word[at + 1] = word[at + 1], word[at]
        elif move == "drop":
            del word[at]
        elif move == "double":
            word.insert(at, word[at])
        else:
            word[at] = rng.choice(letters)
        cases.append((answer, "".join(word)))
    return cases


def test_typed_answers_are_graded_as_the_terminal_quiz_grades_them(
    page: WebDriver, harbour_bank: Bank
) -> None:
    cases = _typed_cases()
    article = harbour_bank.articles[0]
    questions = [
        Question(
            id=f"q{i}",
            type=harbour_bank.questions[3].type,
            article=article.id,
            prompt="?",
            answer=answer,
        )
        for i, (answer, _) in enumerate(cases)
    ]
    script = """
        const [cases, names, people] = arguments;
        const g = window.studyguideGrading;
        return cases.map(([answer, typed]) => {
            const question = {type: "short_answer", answer, accepted: []};
            const rivals = g.rivalNames(question, {names});
            const asked = g.withNameParts(question, {people});
            const graded = g.gradeTyped(asked, typed, rivals);
            return [g.normalize(typed), g.typos(g.normalize(answer), g.normalize(typed)),
                    graded.verdict, graded.note || "", g.inOwnWords(question)];
        });
    """
    names = [[e.name, *e.aliases] for e in (*article.people, *article.organizations)]
    people = [[e.name, *e.aliases] for e in article.people]
    in_browser = page.execute_script(script, cases, names, people)
    expected = []
    for (answer, typed), question in zip(cases, questions, strict=True):
        graded = grade(
            with_name_parts(question, article), typed, rivals=rivals_for(question, article)
        )
        folded = normalize(typed)
        expected.append(
            [
                folded,
                typos(normalize(answer), folded),
                graded.verdict.value,
                graded.note,
                in_own_words(question),
            ]
        )
    differ = [
        (case, got, want)
        for case, got, want in zip(cases, in_browser, expected, strict=True)
        if got != want
    ]
    assert not differ, json.dumps(differ[:10], ensure_ascii=False)
    # The table tests both ways of grading: some typos forgiven, some answers wrong.
    verdicts = {want[2] for want in expected}
    assert {Verdict.CORRECT.value, Verdict.INCORRECT.value} <= verdicts
