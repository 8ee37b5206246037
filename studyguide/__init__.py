"""studyguide: turn a news article into a question bank, printable PDFs and a terminal quiz.

The library API (spaCy and the rest load only when a function that needs them is called):

    import studyguide
    analysis = studyguide.analyze(text, published="2015-10-11")
    analysis.to_dict()
    result = studyguide.build_bank([path], count=20, seed=7)
    studyguide.save_bank(result.bank, bank_path)
    for path, result in studyguide.build_each(paths):  # one bank each, as each is done
        ...
    bank = studyguide.load_bank(bank_path)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from studyguide.bank import load_bank, save_bank
    from studyguide.pipeline import analyze, build_bank, build_each

_LAZY = {
    "analyze": "studyguide.pipeline",
    "build_bank": "studyguide.pipeline",
    "build_each": "studyguide.pipeline",
    "load_bank": "studyguide.bank",
    "save_bank": "studyguide.bank",
}

__all__ = ["__version__", "analyze", "build_bank", "build_each", "load_bank", "save_bank"]


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'studyguide' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name), name)
