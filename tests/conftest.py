"""Fixtures shared by the test suite: the hand-written bank of tests/support.py, the spaCy
pipeline, and the property tests' budget."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

from studyguide.model import Bank
from tests.support import examples, make_harbour_bank

# A property test without a budget of its own tries as many examples as STUDYGUIDE_TESTS
# says (see tests/support.py); none is timed.
settings.register_profile("studyguide", max_examples=examples(100), deadline=None)
settings.load_profile("studyguide")

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture
def harbour_bank() -> Bank:
    """A bank of one short article with one question of each type."""
    return make_harbour_bank()


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The spaCy pipeline, loaded once for the whole test session."""
    from studyguide.analysis import load_model

    return load_model()
