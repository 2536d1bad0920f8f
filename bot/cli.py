"""The ``careerbot`` command line: one entry point wiring knowledge/, bot/ and handlers/.

    careerbot knowledge build|stats|show|extract
"""

from __future__ import annotations

import argparse
import sys

from bot import cli_knowledge


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="careerbot", description="A career assistant built on O*NET and BLS data.")
    sub = p.add_subparsers(dest="command", required=True)
    cli_knowledge.add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "knowledge":
            return cli_knowledge.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return 1


if __name__ == "__main__":
    sys.exit(main())
