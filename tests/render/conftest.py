"""Helpers for reading rendered PDFs back as text."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from studyguide.model import Bank
from tests.render.banks import sample_bank


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, with runs of whitespace (line breaks too) made one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="session")
def sixty_bank() -> Bank:
    return sample_bank(60)
