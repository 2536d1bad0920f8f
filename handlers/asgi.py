"""Webhook mode for several worker processes: a Starlette app (as in python-telegram-bot's custom-webhook
example) that feeds each update to this worker's Application and answers 200 only once the update is handled,
so an update a dying worker held is redelivered by Telegram to another one (handlers/dedupe.py makes sure a
redelivery is not answered twice).

    careerbot serve --workers 4          # uvicorn, one shared port, workers restarted if they die
    uvicorn --factory handlers.asgi:create_app --workers 4 --port 8443

Answers: 200 handled; 400 not an update; 403 wrong or missing secret token; 404 another path; 405 not a POST;
413 a body over 1 MiB; ``GET /healthz`` 200. Each response names the worker (``x-careerbot-worker``). Put an
https reverse proxy in front; every worker opens the knowledge store read-only, and chat memory lives in the
store CONTEXT_URL names (use redis://… when the workers span machines).
"""

from __future__ import annotations

import hmac
import json
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from telegram import Update

from handlers.app import build_application
from handlers.logs import setup_logging
from handlers.settings import Settings

log = logging.getLogger(__name__)
MAX_BODY = 1 << 20
SECRET_HEADER = "x-telegram-bot-api-secret-token"


def _text(status: int, body: str) -> PlainTextResponse:
    return PlainTextResponse(body, status_code=status, headers={"x-careerbot-worker": str(os.getpid())})


async def _body(request: Request) -> bytes | None:
    """The request body, or None when it is over MAX_BODY (read no further than that)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            return None
    return bytes(body)


def create_app(settings: Settings | None = None, engine=None) -> Starlette:
    """The ASGI application (a factory, so each worker process builds its own)."""
    settings = settings or Settings()
    setup_logging(settings.log_level, settings.token)
    application = build_application(settings, engine=engine, with_updater=False)
    secret = settings.webhook_secret.get_secret_value().encode() if settings.webhook_secret else None
    path = "/" + settings.webhook_path.strip("/")

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        await application.initialize()
        await application.post_init(application)
        await application.start()
        if settings.webhook_url:
            await application.bot.set_webhook(f"{settings.webhook_url.rstrip('/')}{path}",
                                              allowed_updates=Update.ALL_TYPES,
                                              secret_token=secret.decode() if secret else None)
        log.info("worker %s ready", os.getpid())
        try:
            yield
        finally:
            await application.stop()
            await application.post_shutdown(application)
            await application.shutdown()

    async def telegram(request: Request) -> PlainTextResponse:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if secret is not None and not hmac.compare_digest(given, secret):
            return _text(403, "forbidden")
        body = await _body(request)
        if body is None:
            return _text(413, "too large")
        try:
            data = json.loads(body)
            update = Update.de_json(data, application.bot) if isinstance(data, dict) else None
            problem = "JSON, but not an object" if update is None else ""
        except (ValueError, TypeError, KeyError) as exc:
            update, problem = None, type(exc).__name__  # the body is not logged: it may hold a user's message
        if update is None:
            log.warning("webhook request of %d bytes refused with 400: not a Telegram update (%s)", len(body), problem)
            return _text(400, "bad update")
        # Handled before the 200 (handlers/dedupe.py skips an update answered before), so an update held by a
        # worker that dies is redelivered to another.
        await application.update_processor.process_update(update, application.process_update(update))
        return _text(200, "ok")

    async def health(_: Request) -> PlainTextResponse:
        return _text(200, "ok")

    app = Starlette(routes=[Route(path, telegram, methods=["POST"]), Route("/healthz", health, methods=["GET"])],
                    lifespan=lifespan)
    app.state.application = application
    return app
