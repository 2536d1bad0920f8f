"""Button taps: answer the callback query first, then show the section in place of the message."""

from __future__ import annotations

from telegram import CallbackQuery, Chat, Update

from bot.answers import callbacks, texts
from bot.answers.replies import Reply
from handlers.render import edit
from handlers.services import CareerContext

BUTTON_DATA = callbacks.PATTERN
"""What the data of every careerbot button starts with: a prefix of the callback-data registry and '|'
(bot/answers/callbacks.py). Data of any other form goes to on_unknown_button."""
TOO_MANY_TAPS = "Too many taps — please wait a moment."


async def _answered(query: CallbackQuery, chat: Chat | None, context: CareerContext) -> bool:
    """Answers the query (so the button stops spinning); False when the chat is over its flood limit."""
    if chat is not None and not await context.flood_limit.allow(chat.id):
        await query.answer(TOO_MANY_TAPS, show_alert=False)
        return False
    await query.answer()
    return True


async def on_button(update: Update, context: CareerContext) -> None:
    """Shows the tapped section by editing the message; forged or stale data gets a polite 'expired'."""
    query = update.callback_query
    if query is None:
        return
    chat = update.effective_chat
    if not await _answered(query, chat, context):
        return
    memory = context.chat_memory() if chat is not None else None
    reply, new_memory = context.conversation.press(query.data or "", memory)
    if chat is not None:
        await context.save_chat_memory(chat.id, new_memory)
    await edit(query, reply, context.uploaded_photos)


async def on_unknown_button(update: Update, context: CareerContext) -> None:
    """A tap whose data is not in the form of careerbot's buttons (forged, or a game): answered all the same (no
    spinner left hanging), and the message says the button expired. The chat's memory is left as it was."""
    query = update.callback_query
    if query is None:
        return
    if not await _answered(query, update.effective_chat, context):
        return
    await edit(query, Reply(texts.EXPIRED, context.conversation.example_buttons()), context.uploaded_photos)
