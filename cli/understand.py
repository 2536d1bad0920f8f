"""``careerbot understand`` and ``careerbot code-titles``: the understanding core on the command line."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator

from bot.engine import Engine
from bot.understanding.coding import CODING_FLOOR, TitleCoder
from bot.understanding.decide import Decider


def add_parsers(sub: argparse._SubParsersAction) -> None:
    u = sub.add_parser("understand", help="print what the bot understands of a message, as JSON")
    u.add_argument("text", nargs="?", help="the message (omit with --batch)")
    u.add_argument("--batch", action="store_true", help="read one message per line on stdin, write JSON lines")
    c = sub.add_parser("code-titles", help="code job titles to O*NET-SOC and SOC 2018 (TSV on stdout: the best "
                       "code, whether it is safe to use without review, and the runner-up SOC codes)")
    c.add_argument("--column", help="read this column of a CSV on stdin instead of one title per line")
    c.add_argument("--no-header", action="store_true", help="do not print the TSV header")


def run_understand(args: argparse.Namespace, engine: Engine) -> int:
    if args.batch:
        for line in sys.stdin:
            print(engine.understand(line.rstrip("\n")).model_dump_json())
        return 0
    if args.text is None:
        print("give a message, or --batch", file=sys.stderr)
        return 2
    print(json.dumps(engine.understand(args.text).model_dump(mode="json"), indent=1, ensure_ascii=False))
    return 0


def _titles(args: argparse.Namespace) -> Iterator[str]:
    if args.column:
        reader = csv.DictReader(sys.stdin)
        if reader.fieldnames is None or args.column not in reader.fieldnames:
            raise SystemExit(f"no column {args.column!r} in the CSV header {reader.fieldnames}")
        for row in reader:
            yield row[args.column] or ""
    else:
        for line in sys.stdin:
            yield line.rstrip("\r\n")


def run_code_titles(args: argparse.Namespace, engine: Engine) -> int:
    decider = Decider(engine.matcher, engine.store.generic_words(), floor=CODING_FLOOR)
    coder = TitleCoder(engine.matcher, engine.store.occupation_facts(), decider)
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    if not args.no_header:
        out.writerow(["input", "onet_code", "soc_code", "title", "score", "confident", "runners_up"])
    show = sys.stderr.isatty()
    n = 0
    for n, title in enumerate(_titles(args), 1):
        c = coder.code(title)
        out.writerow([c.input, c.onet_code or "", c.soc_code or "", c.title or "", f"{c.score:.1f}",
                      "yes" if c.confident else "no", " ".join(c.runners_up)])
        if n % 500 == 0:
            print(f"\rcoded {n:,} titles", end="", file=sys.stderr, flush=True) if show else None
    if show or n >= 500:
        print(f"\rcoded {n:,} titles", file=sys.stderr)
    return 0
