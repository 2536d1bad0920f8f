"""Builds the python-telegram-bot Application: settings → handlers → the conversation core.

    TELEGRAM_BOT_TOKEN=… careerbot run     # polling, or webhook when WEBHOOK_URL is set
"""

from __future__ import annotations

import asyncio
import gc
import logging

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.conversation import Conversation
from bot.engine import Engine, settle_heap
from handlers import buttons, commands, dedupe, errors, inline, messages
from handlers.answered import open_answered
from handlers.floodlimit import ChatFloodLimit, limit_storage
from handlers.memorystore import open_memory_store
from handlers.persistence import MemoryPersistence
from handlers.photos import UploadedPhotos
from handlers.processor import ChatOrderedUpdateProcessor
from handlers.retries import RetryingRateLimiter
from handlers.services import CareerContext
from handlers.settings import Settings

log = logging.getLogger(__name__)


async def warm_profiles(engine: Engine, batch: int = 10, settle: bool = False) -> None:
    """Open the sentence model in a worker thread, then load every profile into the store's cache, a few at a
    time between updates, so first questions (rare jobs, questions in other words) are as fast as the rest
    (start-up itself does not wait)."""
    if engine.meaning is not None:
        await asyncio.to_thread(engine.meaning.warm)
    for i, code in enumerate(engine.store.codes(), 1):
        engine.store.profile(code)
        if i % batch == 0:
            await asyncio.sleep(0)
        if settle and i % 100 == 0:
            gc.freeze()  # as they come: each full collection meanwhile would walk them all again
    if settle:
        settle_heap(collect=True)  # walks only what came since the first freeze: a few ms


def build_application(settings: Settings, engine: Engine | None = None, with_updater: bool = True) -> Application:
    """The Application with every handler registered; the knowledge store opens in post_init and closes in
    post_shutdown (the chat memory store closes in the persistence's flush, at shutdown)."""
    answered = open_answered(settings.context_url)  # the answered-update records dedupe checks and writes

    async def post_init(app: Application) -> None:
        app.bot_data["engine"] = engine or Engine.open(settings.careerbot_store)
        app.bot_data["conversation"] = Conversation(app.bot_data["engine"])
        if engine is None:
            settle_heap()
        app.bot_data["flood_limit"] = ChatFloodLimit(settings.chat_rate_limit, settings.chat_rate_window,
                                                     limit_storage(settings.context_url))
        app.bot_data["uploaded_photos"] = UploadedPhotos()
        app.bot_data["answered"] = answered
        await app.bot.set_my_commands(commands.COMMANDS)
        app.bot_data["warm-up"] = asyncio.create_task(warm_profiles(app.bot_data["engine"], settle=engine is None),
                                                       name="warm-profiles")
        log.info("careerbot ready as @%s", app.bot.username)

    async def post_shutdown(app: Application) -> None:
        if "warm-up" in app.bot_data:
            app.bot_data["warm-up"].cancel()
        try:
            await answered.close()
        except Exception as exc:
            log.warning("closing the answered-update records failed: %s", exc)
        if engine is None and "engine" in app.bot_data:
            app.bot_data["engine"].close()

    builder = Application.builder()
    if not with_updater:
        builder = builder.updater(None)  # updates come from an outside web server (handlers/asgi.py)
    app = (
        builder
        .token(settings.token)
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(RetryingRateLimiter(max_retries=3, overall_max_rate=settings.overall_rate_limit))
        .persistence(MemoryPersistence(open_memory_store(settings.context_url)))
        .context_types(ContextTypes(context=CareerContext))
        .concurrent_updates(ChatOrderedUpdateProcessor(256))
        .connection_pool_size(settings.connection_pool_size)
        .pool_timeout(10)
        .read_timeout(settings.read_timeout)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    dedupe.register(app, answered)  # groups before and after the handlers below: a redelivered update is answered once
    # Order matters: commands first, then taps and inline queries, then plain text.
    app.add_handler(CommandHandler("start", commands.start))
    app.add_handler(CommandHandler("help", commands.help_command))
    app.add_handler(CommandHandler("about", commands.about))
    app.add_handler(CommandHandler("compare", commands.compare))
    app.add_handler(CommandHandler("job", commands.job))
    app.add_handler(CommandHandler("browse", commands.browse))
    app.add_handler(CommandHandler("forget", commands.forget))
    app.add_handler(CallbackQueryHandler(buttons.on_button, pattern=buttons.BUTTON_DATA))
    app.add_handler(CallbackQueryHandler(buttons.on_unknown_button))  # any other data: answered, "expired"
    app.add_handler(InlineQueryHandler(inline.on_inline_query))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE, messages.on_text))
    app.add_error_handler(errors.on_error)
    return app


def run(settings: Settings) -> None:
    """Runs the bot: webhook mode when WEBHOOK_URL is set, long polling otherwise."""
    app = build_application(settings)
    if settings.webhook_url:
        app.run_webhook(
            listen=settings.webhook_listen, port=settings.webhook_port, url_path=settings.webhook_path,
            webhook_url=f"{settings.webhook_url.rstrip('/')}/{settings.webhook_path}",
            secret_token=settings.webhook_secret.get_secret_value() if settings.webhook_secret else None,
            allowed_updates=Update.ALL_TYPES, drop_pending_updates=settings.drop_pending_updates)
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=settings.drop_pending_updates)
