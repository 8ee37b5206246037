"""The quality of generated question banks: grounding, give-aways, distractors, balance.

Run from the project folder:

    python benchmarks/check_banks.py question_bank/*.yaml
    python benchmarks/check_banks.py BANK... --format json

Prints one row per bank and a total, then every finding. Columns: questions per type (mc
multiple choice, tf true/false, fb fill in the blank, sa short answer, ma matching, or
ordering); findings (ungr ungrounded, give give-away, alias a distractor that is the answer
under another name, dup a repeated distractor, near a near-duplicate prompt, shown an answer
that another question's prompt shows); where the correct choice stands (A/B/C/D) with
chi-square, its p-value and the most over the least used place; how many correct choices are
longer than the other choices, against how many would be if length told nothing (long); the
share of true statements. Exits with 1 when a bank has a hard
failure (an ungrounded question, a give-away prompt, a distractor that is the answer under
another name or repeats another choice), with 2 when a bank cannot be read, else 0; so it
can gate a build.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quality import (  # noqa: E402
    NEAR_DUPLICATE_RATIO,
    FindingKind,
    QualityReport,
    check_quality,
    combine_reports,
)

from studyguide.bank import load_bank  # noqa: E402
from studyguide.errors import StudyguideError  # noqa: E402
from studyguide.model import QuestionType  # noqa: E402

KIND_COLUMNS = {
    FindingKind.UNGROUNDED: "ungr",
    FindingKind.GIVE_AWAY: "give",
    FindingKind.ALIAS_DISTRACTOR: "alias",
    FindingKind.DUPLICATE_DISTRACTOR: "dup",
    FindingKind.NEAR_DUPLICATE: "near",
    FindingKind.ANSWER_SHOWN: "shown",
}


def check_banks(paths: Sequence[Path]) -> tuple[list[QualityReport], QualityReport]:
    """A report per bank and their total; raises StudyguideError for a bank that won't load."""
    reports = [check_quality(load_bank(path), str(path)) for path in paths]
    return reports, combine_reports(reports)


def table(reports: Sequence[QualityReport], total: QualityReport, warnings: bool = True) -> str:
    """The reports as a plain-text table, the total last, then the findings (the hard
    failures alone unless `warnings`)."""
    header = [
        "bank",
        "q",
        *(t.code for t in QuestionType),
        *KIND_COLUMNS.values(),
        "A/B/C/D",
        "chi2",
        "p",
    ]
    header += ["max/min", "long", "true"]
    rows = [_row(r) for r in reports]
    if len(reports) != 1:
        rows.append(_row(total))
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows, strict=True)]
    lines = [_line(header, widths), _line(["-" * w for w in widths], widths)]
    lines += [_line(row, widths) for row in rows]
    lines.append("")
    lines.append(
        f"{total.questions} questions in {total.banks} banks: {total.hard_failures} hard failures"
        f" ({', '.join(f'{total.count(k)} {k.value}' for k in FindingKind if k.hard)}),"
        f" {total.count(FindingKind.NEAR_DUPLICATE)} near-duplicate prompts"
        f" (ratio >= {NEAR_DUPLICATE_RATIO:.0f}),"
        f" {total.count(FindingKind.ANSWER_SHOWN)} answers shown by another prompt"
    )
    listed = [f for f in total.findings if warnings or f.kind.hard]
    if listed:
        lines.append("")
        for finding in listed:
            hard = "FAIL" if finding.kind.hard else "warn"
            lines.append(
                f"{hard} {finding.bank}: {finding.question}: {finding.kind.value}: {finding.detail}"
            )
    return "\n".join(lines)


def _row(report: QualityReport) -> list[str]:
    types = dict(report.by_type)
    return [
        Path(report.name).stem if report.banks == 1 else report.name,
        str(report.questions),
        *(str(types.get(t, 0)) for t in QuestionType),
        *(str(report.count(k)) for k in KIND_COLUMNS),
        "/".join(str(n) for n in report.positions) or "-",
        _number(report.position_chi_square, "{:.1f}"),
        _number(report.position_p_value, "{:.2f}"),
        _number(report.position_ratio, "{:.1f}"),
        f"{report.longest_answers}/{report.expected_longest:.1f}",
        _number(report.true_share, "{:.0%}"),
    ]


def _number(value: float | None, form: str) -> str:
    return "-" if value is None else form.format(value)


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    first, *rest = (str(c) for c in cells)
    return "  ".join(
        [first.ljust(widths[0]), *(c.rjust(w) for c, w in zip(rest, widths[1:], strict=True))]
    ).rstrip()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("banks", nargs="+", type=Path, metavar="BANK", help="bank files")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument(
        "--hard-only", action="store_true", help="list hard failures only, not warnings"
    )
    args = parser.parse_args(argv)
    try:
        reports, total = check_banks(args.banks)
    except StudyguideError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.format == "json":
        data = {"banks": [r.to_dict() for r in reports], "total": total.to_dict()}
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(table(reports, total, warnings=not args.hard_only))
    return 1 if total.hard_failures else 0


if __name__ == "__main__":
    sys.exit(main())
