"""The application's error handler: log first, then tell the user briefly; transient network trouble
(timeouts, connection errors, flood waits) is logged as a warning, never fatal. A request Telegram refused
(BadRequest — in PTB 22 a subclass of NetworkError, so it is told apart first) is our bug: logged at ERROR with
the update and the traceback, and the user still hears from us."""

from __future__ import annotations

import logging
import sqlite3

from telegram import Update
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from handlers.services import CareerContext

log = logging.getLogger(__name__)
SORRY = "Sorry — something went wrong on my side. Please try again in a moment."
STORE_DOWN = "Sorry — I can't read my job data right now. Please try again a little later."


async def on_error(update: object, context: CareerContext) -> None:
    """Logs the update and the error, then apologises to the user (once, briefly)."""
    error = context.error
    if isinstance(error, (RetryAfter, TimedOut, NetworkError)) and not isinstance(error, BadRequest):
        log.warning("transient Telegram error (%s): %s", type(error).__name__, error)
        return
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, sqlite3.DatabaseError):
        log.error("knowledge store unreadable while handling update %s (%s); rebuild it with "
                  "`careerbot knowledge build` and restart", update_id, error)
        apology = STORE_DOWN
    elif isinstance(error, BadRequest):
        log.error("Telegram refused a request while handling update %s: %s; the update: %s", update_id, error,
                  describe(update), exc_info=error)
        apology = SORRY
    else:
        log.error("error while handling update %s", update_id, exc_info=error)
        apology = SORRY
    if isinstance(update, Update):
        try:
            if update.callback_query:
                await update.callback_query.answer(apology[:200])
            elif update.effective_message:
                await update.effective_message.reply_text(apology, do_quote=False, parse_mode=None)
        except Exception as exc:  # the apology must never raise in turn
            log.warning("could not tell chat %s about the error: %s",
                        update.effective_chat.id if update.effective_chat else None, exc)


def describe(update: object) -> dict:
    """What the log needs to reproduce a failure: the chat, and the text or button data — no names or user ids
    (the README's privacy promise covers logs too)."""
    if not isinstance(update, Update):
        return {"update": type(update).__name__}
    out: dict = {"update_id": update.update_id, "chat_id": update.effective_chat.id if update.effective_chat else None}
    if update.effective_message and update.effective_message.text:
        out["text"] = update.effective_message.text[:300]
    if update.callback_query:
        out["callback_data"] = update.callback_query.data
    return out
