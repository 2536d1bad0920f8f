"""Webhook mode for several worker processes: a small ASGI app that feeds each update to this worker's
Application and answers 200 only once the update is handled, so an update a dying worker held is
redelivered by Telegram to another one (handlers/dedupe.py makes sure a redelivery is not answered twice).

    careerbot serve --workers 4          # uvicorn, one shared port, workers restarted if they die
    uvicorn --factory handlers.asgi:create_app --workers 4 --port 8443

Put an https reverse proxy in front; every worker opens the knowledge store read-only, and chat context
lives in the store CONTEXT_URL names (use redis://… when the workers span machines).
"""

from __future__ import annotations

import hmac
import json
import logging
import os
from collections.abc import Awaitable, Callable

from telegram import Update

from handlers.app import build_application
from handlers.logs import setup_logging
from handlers.settings import Settings

log = logging.getLogger(__name__)
MAX_BODY = 1 << 20
Scope = dict
Receive = Callable[[], Awaitable[dict]]
Send = Callable[[dict], Awaitable[None]]


async def _respond(send: Send, status: int, body: bytes = b"", headers: list | None = None) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain"), (b"x-careerbot-worker", str(os.getpid()).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


def create_app(settings: Settings | None = None, engine=None):
    """The ASGI application (a factory, so each worker process builds its own)."""
    settings = settings or Settings()
    setup_logging(settings.log_level, settings.token)
    application = build_application(settings, engine=engine, with_updater=False)
    secret = settings.webhook_secret.get_secret_value().encode() if settings.webhook_secret else None
    path = "/" + settings.webhook_path.strip("/")

    async def lifespan(receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await application.initialize()
                await application.post_init(application)
                await application.start()
                if settings.webhook_url:
                    await application.bot.set_webhook(
                        f"{settings.webhook_url.rstrip('/')}{path}", allowed_updates=Update.ALL_TYPES,
                        secret_token=secret.decode() if secret else None)
                log.info("worker %s ready", os.getpid())
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await application.stop()
                await application.post_shutdown(application)
                await application.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        if scope["path"] == "/healthz":
            await _respond(send, 200, b"ok")
            return
        if scope["path"] != path or scope["method"] != "POST":
            await _respond(send, 404, b"not found")
            return
        headers = dict(scope["headers"])
        given = headers.get(b"x-telegram-bot-api-secret-token", b"")
        if secret is not None and not hmac.compare_digest(given, secret):
            await _respond(send, 403, b"forbidden")
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if len(body) > MAX_BODY:
                await _respond(send, 413, b"too large")
                return
            if not message.get("more_body"):
                break
        try:
            update = Update.de_json(json.loads(body), application.bot)
        except (ValueError, TypeError, KeyError):
            await _respond(send, 400, b"bad update")
            return
        # Handled before the 200 (handlers/dedupe.py skips an update answered before), so an update held by a
        # worker that dies is redelivered to another.
        await application.update_processor.process_update(update, application.process_update(update))
        await _respond(send, 200, b"ok")

    app.application = application  # for tests
    return app
