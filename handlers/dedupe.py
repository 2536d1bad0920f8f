"""Each update is answered once, even when it arrives twice (a webhook redelivery, or long polling after a
crash): a handler group before all others skips an update recorded as answered (handlers/answered.py), and
one after them records it."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler

from handlers.answered import AnsweredUpdates
from handlers.services import CareerContext

log = logging.getLogger(__name__)
BEFORE, AFTER = -10, 10


def register(app: Application, answered: AnsweredUpdates) -> None:
    async def skip_answered(update: Update, _: CareerContext) -> None:
        """Stops an update that was already answered (a redelivery) before any handler sees it."""
        try:
            done = await answered.is_done(update.update_id)
        except Exception as exc:  # the store being down must not stop answering
            log.warning("could not check update %s against answered updates: %s", update.update_id, exc)
            return
        if done:
            log.info("update %s was already answered; skipped", update.update_id)
            raise ApplicationHandlerStop

    async def mark_answered(update: Update, _: CareerContext) -> None:
        """Records the update as answered, after the handlers ran."""
        try:
            await answered.mark_done(update.update_id)
        except Exception as exc:
            log.warning("could not record update %s as answered: %s", update.update_id, exc)

    app.add_handler(TypeHandler(Update, skip_answered), group=BEFORE)
    app.add_handler(TypeHandler(Update, mark_answered), group=AFTER)
