"""One exception hierarchy with stable codes.

Library code raises these and never prints or exits; the CLI turns them into one message
on stderr and the exit code the error carries. Codes are stable so that messages can be
searched for and tested: SG0xx input articles, SG1xx banks, SG2xx rendering, SG3xx quiz,
SG9xx environment. `docs/errors.md` lists every code in one table (a test keeps it in step
with the classes here and the bank's problem codes).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Exit codes of the `studyguide` command, documented in the README."""

    OK = 0
    FAILURE = 1
    """Something went wrong that is not the input's fault."""
    USAGE = 2
    """Wrong command-line arguments (typer's own code)."""
    BAD_INPUT = 3
    """An article could not be read: missing, empty, binary, too large."""
    INVALID_BANK = 4
    """A question bank is missing, is not valid YAML, or breaks the bank format."""
    ENVIRONMENT = 5
    """Something the tool needs is not installed (the spaCy model, a font)."""
    INTERRUPTED = 130


class StudyguideWarning(UserWarning):
    """Something the user should know that does not stop the work; the command line shows it
    once, after its `label` ("note: ...", "warning: ...")."""

    label = "note"


class StudyguideError(Exception):
    """Base of every error the library raises on purpose."""

    code = "SG000"
    exit_code = ExitCode.FAILURE

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


# -- articles -----------------------------------------------------------------


class ArticleError(StudyguideError):
    exit_code = ExitCode.BAD_INPUT

    def __init__(self, path: Path | str, problem: str, hint: str | None = None) -> None:
        super().__init__(f"{path}: {problem}", hint)
        self.path = Path(path)


class ArticleNotFound(ArticleError):
    code = "SG001"


class EmptyArticle(ArticleError):
    code = "SG002"


class BinaryArticle(ArticleError):
    code = "SG003"


class ArticleTooLarge(ArticleError):
    code = "SG004"


MAX_ARTICLE_CHARS = 1_000_000
"""The longest text analysed: about 3 GB of memory for the parser (and spaCy's own limit)."""


def too_long(path: Path | str, length: int) -> ArticleTooLarge:
    return ArticleTooLarge(
        path,
        f"holds {length:,} characters of text; articles over {MAX_ARTICLE_CHARS:,} are refused",
        "give the text of one news article",
    )


class ArticleEncodingError(ArticleError):
    code = "SG005"


class NotEnglish(ArticleError):
    """An article in another language: the analysis reads English only."""

    code = "SG007"


# -- banks ----------------------------------------------------------------------


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a bank, located in its file."""

    file: str
    line: int
    column: int
    code: str
    message: str
    hint: str | None = None
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}:{self.column}: {self.code} {self.message}"
        if self.severity is Severity.WARNING:
            text = f"{self.file}:{self.line}:{self.column}: {self.code} warning: {self.message}"
        return text


class BankError(StudyguideError):
    exit_code = ExitCode.INVALID_BANK


class BankNotFound(BankError):
    code = "SG100"

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"{path}: no such question bank",
            "create one with: studyguide generate ARTICLE -o BANK",
        )
        self.path = Path(path)


class BankUnreadable(BankError):
    code = "SG101"


class InvalidBank(BankError):
    """A bank that breaks the format; `problems` lists every problem found."""

    code = "SG102"

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        errors = [p for p in problems if p.severity is Severity.ERROR]
        super().__init__(
            f"{path}: invalid question bank ({counted(len(errors), 'problem')})",
            f"fix them and check with: studyguide validate {path}",
        )
        self.path = Path(path)
        self.problems = problems


class BankMergeError(BankError):
    """New questions could not be added to a bank without disturbing what is in it; the bank
    is left as it was."""

    code = "SG103"


class BankExists(BankError):
    """A new bank would replace one already there, and with it any edits a teacher made."""

    code = "SG104"
    exit_code = ExitCode.USAGE

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"{path}: a question bank is already there; writing a new one would replace it",
            f"to add the questions to it, keeping its edits, use --bank {path}; "
            "to replace it (keeping a backup), add --force",
        )
        self.path = Path(path)


# -- rendering, quiz, environment -------------------------------------------------


class RenderError(StudyguideError):
    code = "SG200"


class FontNotFound(RenderError):
    code = "SG201"
    exit_code = ExitCode.ENVIRONMENT


class DoesNotFit(RenderError):
    """Text of the bank too long for one page, where it must stand on one: a question, its
    choices or an answer many thousands of characters long."""

    code = "SG202"
    exit_code = ExitCode.INVALID_BANK

    def __init__(self, title: str, question: str | None = None) -> None:
        self.question = question
        if question is None:
            super().__init__(
                f"{title}: a question, a choice or an answer is too long to fit on one page",
                "shorten it in the bank (each question must fit on a page), then print again",
            )
        else:
            super().__init__(
                f"{title}: question {question} is too long to fit on one page",
                "shorten its prompt, choices or answer in the bank, then print again",
            )


class NoQuestions(StudyguideError):
    """A filter or an article left nothing to work on."""

    code = "SG300"
    exit_code = ExitCode.BAD_INPUT


class ProgressUnreadable(StudyguideError):
    """A quiz progress file that is not what the quiz writes (damaged, or from a newer
    version); it is left as it is, for the student to move away."""

    code = "SG301"

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(
            f"{path}: {problem}",
            "move the file away to start afresh: the quiz writes a new one",
        )
        self.path = Path(path)


class CannotWrite(StudyguideError):
    """An output that studyguide will not write: a device, a pipe, a socket or a folder,
    which a file put in its place would destroy, or one of the command's own inputs."""

    code = "SG901"
    exit_code = ExitCode.USAGE


class FileRefused(StudyguideError):
    """The system refused to read or write a file (no space left, no permission, a name
    too long): said in one line, with what to check."""

    code = "SG902"

    def __init__(self, error: OSError) -> None:
        names = [str(n) for n in (error.filename, error.filename2) if n is not None]
        where = f"{' → '.join(names)}: " if names else ""
        super().__init__(
            f"{where}{error.strerror or error}",
            "check the file's name and folder, the space left on the disk and who may write there",
        )


class ModelNotInstalled(StudyguideError):
    code = "SG900"
    exit_code = ExitCode.ENVIRONMENT


def counted(number: int, noun: str) -> str:
    """ "1 question", "3 questions": a count as messages print it."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
