"""`python -m studyguide` and the `studyguide` command.

Ctrl-C while the command is still loading (before the command line is read) ends it as
Ctrl-C does later: quietly, with exit code 130, not with a traceback.
"""

from __future__ import annotations


def main() -> None:
    try:
        from studyguide.cli import main as run
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    run()


if __name__ == "__main__":
    main()
