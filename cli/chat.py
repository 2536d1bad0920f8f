"""``careerbot chat`` (a console conversation) and ``careerbot ask`` (one answer, for tests and scripts)."""

from __future__ import annotations

import argparse
import json
import sys

from bot.conversation import Conversation
from bot.memory import ChatMemory
from cli.console import render

PROMPT = "you> "


def add_parsers(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("chat", help="talk to careerbot in the terminal (no token, no network)")
    a = sub.add_parser("ask", help="print careerbot's answer to one message")
    a.add_argument("text", nargs="?", help="the message")
    a.add_argument("--json", action="store_true", help="print {request, text, buttons, picture?} as JSON")
    a.add_argument("--press", metavar="DATA", help="answer a button's data instead of a message")
    a.add_argument("--batch", action="store_true",
                   help="read one message per line on stdin (one chat: follow-ups continue), write JSON lines")


def run_chat(conversation: Conversation) -> int:
    ctx = ChatMemory()
    reply, _ = conversation.reply("hi", ctx)
    text, pressable = render(reply)
    print(text)
    while True:
        try:
            line = input(PROMPT).strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line.lower() in ("quit", "exit", "/quit"):
            return 0
        if line.isdigit() and 1 <= int(line) <= len(pressable):
            reply, ctx = conversation.press(pressable[int(line) - 1].data, ctx)
        elif line.startswith("/about"):
            from bot.answers.replies import Reply
            from bot.answers.texts import ABOUT

            reply = Reply(ABOUT)
        else:
            reply, ctx = conversation.reply(line, ctx)
        text, pressable = render(reply)
        print(text)


def _answer_json(conversation: Conversation, text: str | None, data: str | None, ctx: ChatMemory):
    if data is not None:
        reply, ctx = conversation.press(data, ctx)
        request = {"press": data}
    else:
        request = conversation.engine.understand(text or "").model_dump(mode="json")
        reply, ctx = conversation.reply(text or "", ctx)
    return {"request": request, **reply.as_json()}, reply, ctx


def run_ask(args: argparse.Namespace, conversation: Conversation) -> int:
    if args.batch:
        ctx = ChatMemory()
        for line in sys.stdin:
            out, _, ctx = _answer_json(conversation, line.rstrip("\n"), None, ctx)
            print(json.dumps(out, ensure_ascii=False))
        return 0
    if args.text is None and args.press is None:
        print("give a message, --press DATA or --batch", file=sys.stderr)
        return 2
    out, reply, _ = _answer_json(conversation, args.text, args.press, ChatMemory())
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        print(render(reply)[0])
    return 0
