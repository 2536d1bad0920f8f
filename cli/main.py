"""The ``careerbot`` command line: one entry point wiring knowledge/, bot/ and handlers/.

    careerbot knowledge build|stats|show|extract
    careerbot understand "text" [--batch]
    careerbot code-titles [--column NAME] < titles
    careerbot chat
    careerbot run
    careerbot serve [--workers N]
    careerbot ask "text" [--json] | --press DATA | --batch
"""

from __future__ import annotations

import argparse
import os
import sys

from cli import chat as chat_commands
from cli import knowledge as knowledge_commands
from cli import understand as understand_commands
from knowledge.embedder import ModelUnavailable
from knowledge.store import StoreUnavailable


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="careerbot", description="A career assistant built on O*NET and BLS data.")
    sub = p.add_subparsers(dest="command", required=True)
    knowledge_commands.add_parser(sub)
    understand_commands.add_parsers(sub)
    chat_commands.add_parsers(sub)
    sub.add_parser("run", help="run the Telegram bot (console chat when no TELEGRAM_BOT_TOKEN is set)")
    serve = sub.add_parser("serve", help="webhook mode with several worker processes (uvicorn)")
    serve.add_argument("--workers", type=int, default=None, help="worker processes (default: $WORKERS or 2)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "knowledge":
            return knowledge_commands.run(args)
        if args.command == "run":
            from cli.run import run

            return run()
        if args.command == "serve":
            from cli.run import serve

            return serve(args.workers)
        from bot.engine import Engine

        engine = Engine.open()
        try:
            if args.command == "understand":
                return understand_commands.run_understand(args, engine)
            if args.command == "code-titles":
                return understand_commands.run_code_titles(args, engine)
            from bot.conversation import Conversation

            if args.command == "chat":
                return chat_commands.run_chat(Conversation(engine))
            if args.command == "ask":
                return chat_commands.run_ask(args, Conversation(engine))
        finally:
            engine.close()
    except (StoreUnavailable, ModelUnavailable) as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # "careerbot ask … | head -1": the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
