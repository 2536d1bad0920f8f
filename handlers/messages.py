"""Text messages: addressed ones go through the core; in groups, only mentions and replies to the bot."""

from __future__ import annotations

import logging
import re

from telegram import Chat, Message, Update

from handlers.render import send
from handlers.services import CareerContext

log = logging.getLogger(__name__)
SLOW_DOWN = "You're sending messages faster than I can answer well. Please wait a moment and try again."


def addressed_text(message: Message, bot_username: str, bot_id: int) -> str | None:
    """The message text if it is meant for the bot (any private message; in a group, a mention or a reply
    to the bot), without the mention; None when the bot should stay quiet."""
    text = message.text or ""
    if message.chat.type == Chat.PRIVATE:
        return text
    mention = f"@{bot_username}"
    if bot_username and mention.lower() in text.lower():
        return re.sub(re.escape(mention), " ", text, flags=re.I).strip()
    replied = message.reply_to_message
    if replied and replied.from_user and replied.from_user.id == bot_id:
        return text
    return None


async def on_text(update: Update, context: CareerContext) -> None:
    """Answers a question about jobs with the core's reply (and updates the chat's memory)."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    text = addressed_text(message, context.bot.username or "", context.bot.id)
    if text is None:
        return
    if not await context.flood_limit.allow(chat.id):
        if await context.flood_limit.first_refusal(chat.id):
            await message.reply_text(SLOW_DOWN, do_quote=False)
        log.info("chat %s is over its flood limit", chat.id)
        return
    reply, memory = context.conversation.reply(text, context.chat_memory())
    await context.save_chat_memory(chat.id, memory)  # before sending: a worker killed now loses nothing
    await send(message, reply, context.uploaded_photos)
