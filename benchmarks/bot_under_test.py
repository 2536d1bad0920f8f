"""A bot process for the end-to-end benchmark: careerbot itself, or a trivial echo bot built with the very
same PTB settings (builder, rate limiter, persistence, update processor), so the two can be compared.

    python -m benchmarks.bot_under_test --kind careerbot|echo --mode polling|webhook --api URL [--port P]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from handlers.app import build_application
from handlers.settings import Settings

ECHO_KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a"),
                                       InlineKeyboardButton("B", callback_data="b")]])


async def echo_text(update: Update, context) -> None:
    """Echoes the text with two buttons, so simulated users tap as they do with careerbot."""
    await update.effective_message.reply_text(update.effective_message.text or "", reply_markup=ECHO_KEYBOARD,
                                              do_quote=False)


async def echo_tap(update: Update, context) -> None:
    """Answers the tap, then edits the message: the same two calls careerbot makes."""
    query = update.callback_query
    await query.answer()
    await query.edit_message_text(f"tapped {query.data} at {update.update_id}", reply_markup=ECHO_KEYBOARD)


HEAVY_TEXT = ("<b>Echo</b>\n" + "• a line about as long as one of careerbot's overview lines\n" * 40)[:2500]
HEAVY_KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton(f"Section {r}{c}", callback_data=f"s|{r}{c}")
                                        for c in range(3)] for r in range(3)]
                                      + [[InlineKeyboardButton("Back", callback_data="o|back")]])


async def heavy_text(update: Update, context) -> None:
    """Echo with careerbot-sized replies: 2,500 characters and ten buttons (a diagnostic, not the baseline)."""
    await update.effective_message.reply_text(HEAVY_TEXT, reply_markup=HEAVY_KEYBOARD, do_quote=False)


async def heavy_tap(update: Update, context) -> None:
    query = update.callback_query
    await query.answer()
    await query.edit_message_text(f"{update.update_id} {HEAVY_TEXT}"[:2500], reply_markup=HEAVY_KEYBOARD)


def echo_application(settings: Settings, heavy: bool = False) -> Application:
    app = build_application(settings)
    app.post_init = None  # no knowledge store to open: the echo bot only talks
    app.handlers.clear()
    app.add_handler(MessageHandler(filters.TEXT, heavy_text if heavy else echo_text))
    app.add_handler(CallbackQueryHandler(heavy_tap if heavy else echo_tap))
    return app


def main() -> None:
    if os.environ.get("GCPROBE"):
        from benchmarks import gcprobe

        gcprobe.install()

    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", choices=["careerbot", "echo", "echo-heavy"], required=True)
    ap.add_argument("--mode", choices=["polling", "webhook"], default="polling")
    ap.add_argument("--api", required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--context", default="/tmp/careerbot-bench-context.sqlite")
    ap.add_argument("--uvloop", action="store_true")
    args = ap.parse_args()
    if args.uvloop:
        import uvloop

        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    if os.path.exists(args.context):
        os.remove(args.context)
    settings = Settings(_env_file=None, telegram_bot_token=args.token, telegram_api_base_url=args.api,
                        context_url=f"sqlite:///{args.context}", log_level="WARNING", chat_rate_limit=100_000,
                        overall_rate_limit=100_000)
    if args.kind == "careerbot":
        app = build_application(settings)
    else:
        app = echo_application(settings, heavy=args.kind == "echo-heavy")
    if args.mode == "polling":
        app.run_polling(allowed_updates=Update.ALL_TYPES, poll_interval=0.0, timeout=1, close_loop=False)
    else:
        app.run_webhook(listen="127.0.0.1", port=args.port, url_path="telegram",
                        webhook_url=f"http://127.0.0.1:{args.port}/telegram", secret_token="bench-secret",
                        allowed_updates=Update.ALL_TYPES, close_loop=False)


if __name__ == "__main__":
    main()
