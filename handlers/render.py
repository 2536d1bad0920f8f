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
    """Show a section in place of the tapped message, then its picture (if any) below it. An unchanged message is
    not an error; one Telegram will not edit (too old, or deleted) gets the reply as a new message instead."""
    try:
        await query.edit_message_text(reply.text, reply_markup=markup(reply))
    except BadRequest as exc:
        text = str(exc).lower()
        if "message is not modified" in text:
            pass  # the same section tapped again: the message already shows it
        elif "message to edit not found" in text or "message can't be edited" in text:
            await _resend(query, reply, uploaded, exc)
            return  # send() sent the picture too: it must not be sent again below
        else:
            _refused(exc, query.message.chat.id if query.message else None, reply)
            await query.edit_message_text(plain_text(reply.text), reply_markup=markup(reply), parse_mode=None)
    if reply.picture and isinstance(query.message, Message):
        await send_photo(query.message, reply.picture, uploaded)


async def _resend(query: CallbackQuery, reply: Reply, uploaded: UploadedPhotos | None, exc: BadRequest) -> None:
    """The reply as a new message (its picture once, by file_id when uploaded before), for a tapped message
    Telegram will not edit."""
    if isinstance(query.message, Message):
        log.info("message %s of chat %s can't be edited (%s); the reply is sent as a new message",
                 query.message.message_id, query.message.chat_id, exc)
        await send(query.message, reply, uploaded)
        return
    if query.message is not None:
        where = f"message {query.message.message_id} of chat {query.message.chat.id}"
    else:
        where = f"inline message {query.inline_message_id}"
    log.warning("%s can't be edited (%s) and there is no message to answer instead: the reply is not shown", where,
                exc)


def _refused(exc: BadRequest, chat_id: int | None, reply: Reply) -> None:
    log.error("Telegram refused the reply to chat %s (%s); sending it as plain text. Reply began: %r",
              chat_id, exc, reply.text[:200], exc_info=exc)
