"""An offline quiz page: one HTML file a student opens in any browser, phone or laptop,
with no server, no network and no script from elsewhere (its security policy forbids
them). It asks the bank's questions one at a time, grades typed answers as the terminal
quiz does (case, accents and small typos forgiven, another name from the article not), and
shows the article's evidence after each answer, then the score.

The page's script and style live beside this module (`page/`); the questions go in as
JSON data, which the script reads.
"""

from __future__ import annotations

import html
import json
from importlib.resources import files

from studyguide.export.words import shown_order, shown_rights
from studyguide.model import Bank, BankArticle, Question, QuestionType

_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"


def quiz_page(bank: Bank) -> str:
    """The bank as a self-contained quiz page."""
    page = files("studyguide.export") / "page"
    data = {
        "articles": [_article(a) for a in bank.articles],
        "questions": [_question(q) for q in bank.questions],
    }
    # Inside <script>, "</" could close the element: JSON may write it as "<\/".
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    title = html.escape(bank.title or "Quiz")
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{_POLICY}">
<title>{title}</title>
<style>
{(page / "quiz.css").read_text(encoding="utf-8")}</style>
</head>
<body>
<header><h1>{title}</h1></header>
<main id="quiz" aria-live="polite">
<noscript><p>This quiz needs JavaScript, which this browser has turned off.</p></noscript>
</main>
<script type="application/json" id="quiz-data">{payload}</script>
<script>
{(page / "quiz.js").read_text(encoding="utf-8")}</script>
</body>
</html>
"""


def _article(article: BankArticle) -> dict[str, object]:
    # Each person's or organisation's names, so that a typed answer naming another of them
    # is not forgiven as a typo of the answer.
    names = [[e.name, *e.aliases] for e in (*article.people, *article.organizations)]
    people = [[e.name, *e.aliases] for e in article.people]
    return {"id": article.id, "title": article.title, "names": names, "people": people}


def _question(question: Question) -> dict[str, object]:
    data: dict[str, object] = {
        "id": question.id,
        "type": question.type.value,
        "article": question.article,
        "prompt": question.prompt,
        "answer": question.answer,
        "accepted": list(question.accepted),
        "explanation": question.explanation,
        "evidence": [e.text for e in question.evidence],
        "tags": list(question.tags),
    }
    if question.type is QuestionType.MULTIPLE_CHOICE:
        data["choices"] = list(question.choices)
    if question.type is QuestionType.MATCHING:
        data["pairs"] = [{"left": p.left, "right": p.right} for p in question.pairs]
        data["rights"] = list(dict.fromkeys(shown_rights(question)))
    if question.type is QuestionType.ORDERING:
        data["order"] = list(question.order)
        data["items"] = list(shown_order(question))
    return data
