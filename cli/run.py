"""``careerbot run``: the Telegram bot when a token is configured, otherwise the console chat."""

from __future__ import annotations

import os
import sys

NO_TOKEN = """No TELEGRAM_BOT_TOKEN is set, so careerbot starts in the console instead of on Telegram.
To run it on Telegram: open @BotFather, send /newbot, choose a name, and put the token it gives you in
.env as TELEGRAM_BOT_TOKEN=... (see README: "Telegram set-up"). Type 'quit' to leave the console.
"""


def run() -> int:
    from handlers.logs import setup_logging
    from handlers.settings import Settings

    settings = Settings()
    setup_logging(settings.log_level, settings.token)
    if not settings.token:
        from bot.conversation import Conversation
        from bot.engine import Engine
        from cli.chat import run_chat

        print(NO_TOKEN, file=sys.stderr)
        engine = Engine.open(settings.careerbot_store)
        try:
            return run_chat(Conversation(engine))
        finally:
            engine.close()
    from handlers.app import run as run_bot

    run_bot(settings)
    return 0


def serve(workers: int | None) -> int:
    """Several worker processes behind one webhook port (uvicorn restarts a worker that dies)."""
    import uvicorn

    from handlers.settings import Settings
    from knowledge.blas import model_threads

    settings = Settings()
    if not settings.token:
        print("careerbot serve needs TELEGRAM_BOT_TOKEN (and WEBHOOK_URL for Telegram to reach it).", file=sys.stderr)
        return 2
    workers = workers or settings.workers
    # The workers share the cores: each model call gets its share of them, not all (their BLAS threads would
    # contend; knowledge/blas.py). The workers inherit the environment; a value set there is kept.
    os.environ.setdefault("CAREERBOT_MODEL_THREADS", str(model_threads(workers)))
    uvicorn.run("handlers.asgi:create_app", factory=True, host=settings.webhook_listen, port=settings.webhook_port,
                workers=workers, log_level=settings.log_level.lower(), access_log=False)
    return 0
