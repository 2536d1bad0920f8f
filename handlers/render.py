"""Replies from the core onto Telegram: keyboards, sending, editing in place, photos."""

from __future__ import annotations

import logging

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import BadRequest

from bot.answers.replies import Reply, plain_text
from handlers.photos import UploadedPhotos, send_photo

log = logging.getLogger(__name__)


def markup(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
                                 for row in reply.buttons])


async def send(message: Message, reply: Reply, uploaded: UploadedPhotos | None = None) -> None:
    """Answer a message: the text with its buttons, then the picture (if any) as a photo with a caption.
    Telegram refusing the text (400) is our bug: logged with its traceback, and the answer sent as plain text."""
    try:
        await message.reply_text(reply.text, reply_markup=markup(reply), do_quote=False)
    except BadRequest as exc:
        _refused(exc, message.chat_id, reply)
        await message.reply_text(plain_text(reply.text), reply_markup=markup(reply), do_quote=False, parse_mode=None)
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
            if isinstance(query.message, Message):
                await send(query.message, reply)
        else:
            _refused(exc, query.message.chat.id if query.message else None, reply)
            await query.edit_message_text(plain_text(reply.text), reply_markup=markup(reply), parse_mode=None)
    if reply.picture and isinstance(query.message, Message):
        await send_photo(query.message, reply.picture, uploaded)


def _refused(exc: BadRequest, chat_id: int | None, reply: Reply) -> None:
    log.error("Telegram refused the reply to chat %s (%s); sending it as plain text. Reply began: %r",
              chat_id, exc, reply.text[:200], exc_info=exc)
