"""`studyguide build`."""

from __future__ import annotations

from studyguide.cli.app import app  # noqa: F401
