"""Bot API update payloads, as Telegram would send them (dicts, pushed into the lookalike)."""

from __future__ import annotations

import itertools
import time

from testkit.botapi import BOT_ID, BOT_USERNAME

_message_ids = itertools.count(1)
_query_ids = itertools.count(1)


def user(user_id: int) -> dict:
    return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "language_code": "en"}


def chat(chat_id: int, kind: str = "private") -> dict:
    if kind == "private":
        return {"id": chat_id, "type": "private", "first_name": f"User{chat_id}"}
    return {"id": chat_id, "type": kind, "title": "A group"}


def message(chat_id: int, text: str, *, kind: str = "private", user_id: int | None = None,
            reply_to_bot: bool = False) -> dict:
    msg = {"message_id": next(_message_ids), "date": int(time.time()), "chat": chat(chat_id, kind),
           "from": user(user_id or abs(chat_id)), "text": text}
    if text.startswith("/"):
        command = text.split()[0]
        msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    mention = f"@{BOT_USERNAME}"
    if mention in text:
        msg.setdefault("entities", []).append({"type": "mention", "offset": text.index(mention),
                                               "length": len(mention)})
    if reply_to_bot:
        msg["reply_to_message"] = {"message_id": 1, "date": int(time.time()), "chat": chat(chat_id, kind),
                                   "from": {"id": BOT_ID, "is_bot": True, "first_name": "careerbot",
                                            "username": BOT_USERNAME}, "text": "earlier answer"}
    return {"message": msg}


def tap(chat_id: int, bot_message: dict, data: str) -> dict:
    return {"callback_query": {"id": str(next(_query_ids)), "from": user(abs(chat_id)),
                               "chat_instance": str(chat_id), "data": data, "message": bot_message}}


def inline_query(user_id: int, query: str) -> dict:
    return {"inline_query": {"id": str(next(_query_ids)), "from": user(user_id), "query": query, "offset": ""}}
