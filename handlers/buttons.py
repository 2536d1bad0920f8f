"""Button taps: answer the callback query first, then show the section in place of the message."""

from __future__ import annotations

from telegram import Update

from handlers.render import edit
from handlers.services import CareerContext


async def on_button(update: Update, context: CareerContext) -> None:
    """Shows the tapped section by editing the message; forged or stale data gets a polite 'expired'."""
    query = update.callback_query
    if query is None:
        return
    chat = update.effective_chat
    if chat is not None and not await context.rate_limit.allow(chat.id):
        await query.answer("Too many taps — please wait a moment.", show_alert=False)
        return
    await query.answer()
    ctx = context.chat_memory() if chat is not None else None
    reply, new_ctx = context.conversation.press(query.data or "", ctx)
    if chat is not None:
        await context.save_chat_memory(chat.id, new_ctx)
    await edit(query, reply, context.uploaded_photos)
