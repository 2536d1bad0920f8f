"""Each update is answered once, even when it arrives twice: Telegram redelivers a webhook update that was
not acknowledged, and after a crash long polling fetches again the updates it had not confirmed. The ids
of answered updates are kept in the context store (shared by all workers) for a day."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler

from handlers.services import CareerContext

log = logging.getLogger(__name__)
BEFORE, AFTER = -10, 10


async def skip_answered(update: Update, context: CareerContext) -> None:
    """Stops an update that was already answered (a redelivery) before any handler sees it."""
    store = getattr(context.application.persistence, "store", None)
    try:
        done = store is not None and await store.is_done(update.update_id)
    except Exception as exc:  # the store being down must not stop answering
        log.warning("could not check update %s against answered updates: %s", update.update_id, exc)
        return
    if done:
        log.info("update %s was already answered; skipped", update.update_id)
        raise ApplicationHandlerStop


async def mark_answered(update: Update, context: CareerContext) -> None:
    """Records the update as answered, after the handlers ran."""
    store = getattr(context.application.persistence, "store", None)
    if store is None:
        return
    try:
        await store.mark_done(update.update_id)
    except Exception as exc:
        log.warning("could not record update %s as answered: %s", update.update_id, exc)


def register(app: Application) -> None:
    app.add_handler(TypeHandler(Update, skip_answered), group=BEFORE)
    app.add_handler(TypeHandler(Update, mark_answered), group=AFTER)
