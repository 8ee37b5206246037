"""Whatever articles it is given, `generate` writes a bank its own `validate` accepts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyguide.analysis import analyze_article
from studyguide.bank import check_bank, dump_bank
from studyguide.generation import generate_questions
from studyguide.ingest import parse_text
from studyguide.model import Bank, BankArticle
from tests.support import examples

if TYPE_CHECKING:
    from spacy.language import Language

SENTENCES = [
    "The Brinmouth council approved a new harbour budget in March 2019, the mayor said.",
    '"We listened to the people who use the boats every day," said Carla Mendes.',
    "The bridge opened in 2020 after two years of work.",
    "Councillor Tom Okafor said the cut was long overdue.",
    "Fares will fall by a third from 1 June, according to the operator.",
    "In 2003, a storm destroyed the old pier.",
    "Vallonia United beat Brinmouth Rovers 3-1 on Saturday.",
    '"It is a blow," he said. "But we will go on."',
    "Prices rose 5% in the year to April, the statistics office said.",
    "The ferry, which first sailed in 1911, carries 300 people a day.",
]

paragraphs = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(" ".join)
articles = st.lists(paragraphs, min_size=1, max_size=8).map(
    lambda found: "Harbour News\n\n" + "\n\n".join(found) + "\n"
)


@settings(max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles, seed=st.integers(0, 5))
def test_every_generated_bank_validates(nlp: Language, text: str, seed: int) -> None:
    article = parse_text(text, article_id="harbour")
    analysis = analyze_article(article, nlp)
    questions, _ = generate_questions(article, analysis, count=25, seed=seed)
    bank = Bank(
        title=article.title,
        articles=(BankArticle.from_analysis(article, analysis),),
        questions=tuple(questions),
    )
    checked, problems = check_bank(dump_bank(bank), "bank.yaml")
    assert checked is not None, [str(p) for p in problems]
