"""The `studyguide` command: one module per command, each registered on `app`."""

from __future__ import annotations

from studyguide.cli import (  # noqa: F401
    analyze,
    build,
    documents,
    export,
    generate,
    progress,
    quiz,
    render,
    validate,
)
from studyguide.cli.app import app


def main() -> None:
    app(prog_name="studyguide")


__all__ = ["app", "main"]
