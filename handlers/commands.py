"""Commands: /start (with deep links), /help, /about, /compare, /job, /browse, /forget."""

from __future__ import annotations

import re

from telegram import BotCommand, Update

from bot.answers import callbacks, texts
from bot.answers.replies import Reply
from bot.memory import ChatMemory
from handlers.render import send
from handlers.services import CareerContext

COMMANDS = [
    BotCommand("start", "Welcome and example questions"),
    BotCommand("help", "What you can ask"),
    BotCommand("compare", "Compare jobs: /compare nurse vs paramedic"),
    BotCommand("job", "One job: /job electrician"),
    BotCommand("browse", "Browse jobs by family"),
    BotCommand("about", "Where the figures come from"),
    BotCommand("forget", "Delete what I keep about this chat"),
]
_CODE = re.compile(r"^(?:(\d\d-\d{4})[.-]?(\d\d)|(P-[0-9a-f]{6}))$")


def deep_link_codes(payload: str) -> tuple[str, list[str]] | None:
    """'cmp_43-6013.00_29-2099.08' → ('overview', codes); 'job_31-9097-00' too. Telegram allows only
    [A-Za-z0-9_-] in start links, so a code may be written with '-' or nothing in place of its '.'."""
    kind, _, rest = payload.partition("_")
    if kind not in ("cmp", "job") or not rest:
        return None
    codes = []
    for part in rest.split("_"):
        m = _CODE.match(part)
        if not m:
            return None
        codes.append(m.group(3) or f"{m.group(1)}.{m.group(2)}")
    if (kind == "job" and len(codes) != 1) or not 1 <= len(codes) <= 4:
        return None
    return "overview", codes


async def _answer(update: Update, context: CareerContext, reply: Reply, ctx: ChatMemory | None) -> None:
    if ctx is not None and update.effective_chat:
        await context.save_chat_memory(update.effective_chat.id, ctx)
    await send(update.effective_message, reply, context.uploaded_photos)


async def start(update: Update, context: CareerContext) -> None:
    """Welcomes the user with tappable examples, or opens the comparison a deep link names."""
    payload = context.args[0] if context.args else ""
    link = deep_link_codes(payload) if payload else None
    if link:
        reply, ctx = context.conversation.press(callbacks.encode(*link), context.chat_memory())
        await _answer(update, context, reply, ctx)
        return
    reply, _ = context.conversation.reply("hi")
    await _answer(update, context, reply, None)


async def help_command(update: Update, context: CareerContext) -> None:
    """Explains what to ask, with tappable examples."""
    await _answer(update, context, Reply(texts.HELP, context.conversation.example_buttons()), None)


async def about(update: Update, context: CareerContext) -> None:
    """Shows the data sources, years and the O*NET attribution."""
    await _answer(update, context, Reply(texts.ABOUT), None)


async def compare(update: Update, context: CareerContext) -> None:
    """Compares the jobs named after /compare."""
    names = " ".join(context.args or [])
    if not names.strip():
        usage = "Name two to four jobs: <i>/compare nurse vs paramedic</i>"
        await _answer(update, context, Reply(usage, context.conversation.example_buttons()), None)
        return
    reply, memory = context.conversation.compare(names, context.chat_memory())
    await _answer(update, context, reply, memory)


async def job(update: Update, context: CareerContext) -> None:
    """Shows the card of the job named after /job (the words are a job's name: one not known is said so)."""
    name = " ".join(context.args or [])
    if not name.strip():
        await _answer(update, context, Reply("Name a job: <i>/job electrician</i>",
                                             context.conversation.example_buttons()), None)
        return
    reply, memory = context.conversation.job(name, context.chat_memory())
    await _answer(update, context, reply, memory)


async def browse(update: Update, context: CareerContext) -> None:
    """Lists job families, or the family named after /browse."""
    words = " ".join(context.args or [])
    reply = context.conversation.browse_words(words) if words.strip() else context.conversation.browse(None, 0)
    await _answer(update, context, reply, None)


async def forget(update: Update, context: CareerContext) -> None:
    """Deletes this chat's stored context."""
    if update.effective_chat:
        await context.forget_chat(update.effective_chat.id)
    await _answer(update, context, Reply("Done: I no longer keep anything about this chat."), None)
