"""Replies from the core onto Telegram: keyboards, sending, editing in place, photos."""

from __future__ import annotations

import logging

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import BadRequest

from bot.replies import Reply
from handlers.photos import UploadedPhotos, send_photo

log = logging.getLogger(__name__)


def markup(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
                                 for row in reply.buttons])


async def send(message: Message, reply: Reply, uploaded: UploadedPhotos | None = None) -> None:
    """Answer a message: the text with its buttons, then the picture (if any) as a photo with a caption."""
    await message.reply_text(reply.text, reply_markup=markup(reply), do_quote=False)
    if reply.picture:
        await send_photo(message, reply.picture, uploaded)


async def edit(query: CallbackQuery, reply: Reply, uploaded: UploadedPhotos | None = None) -> None:
    """Show a section in place of the tapped message; an unchanged message or a vanished one is not an error."""
    try:
        await query.edit_message_text(reply.text, reply_markup=markup(reply))
    except BadRequest as exc:
        text = str(exc).lower()
        if "message is not modified" in text:
            pass
        elif "message to edit not found" in text or "message can't be edited" in text:
            if query.message is not None:
                await query.message.reply_text(reply.text, reply_markup=markup(reply), do_quote=False)
        else:
            raise
    if reply.picture and isinstance(query.message, Message):
        await send_photo(query.message, reply.picture, uploaded)
