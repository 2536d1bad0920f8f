"""A bot process for the end-to-end benchmark: careerbot itself, or a trivial echo bot built with the very
same PTB settings (builder, rate limiter, persistence, update processor), so the two can be compared.

    python -m benchmarks.bot_under_test --kind careerbot|echo --mode polling|webhook --api URL [--port P]
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
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


# careerbot's average answer over the benchmark mix: ~700 characters, 7–8 buttons of ~28 characters (label and
# data), a chart photo with 1 message in 4 and 1 tap in 50. An echo bot sending that is careerbot's transport
# floor: what careerbot would cost if its own work (understanding, replies, context) cost nothing.
HEAVY_TEXT = ("<b>Echo</b>\n" + "• a line about as long as one of careerbot's overview lines\n" * 12)[:700]
HEAVY_KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton(f"Section {r}{c}", callback_data=f"s|43-6013.00~{r}{c}|x")
                                        for c in range(3)] for r in range(2)]
                                      + [[InlineKeyboardButton("Back", callback_data="o|43-6013.00|back"),
                                          InlineKeyboardButton("More", callback_data="o|43-6013.00|more")]])


@functools.cache
def heavy_photo() -> bytes:
    from bot.answers.chart import BAR, _chart

    return _chart((("Echo", BAR, (30_000, 45_000, 80_000)),), False, None)


async def send_heavy_photo(message) -> None:
    """Uploaded every time, as careerbot's (almost always distinct) charts of the benchmark mix are."""
    await message.reply_photo(InputFile(heavy_photo(), filename="chart.png"), caption="Yearly wage ranges",
                              do_quote=False)


async def heavy_text(update: Update, context) -> None:
    """Echo with careerbot-sized answers (a diagnostic, not the baseline)."""
    message = update.effective_message
    await message.reply_text(HEAVY_TEXT, reply_markup=HEAVY_KEYBOARD, do_quote=False)
    if update.update_id % 4 == 0:  # 1 message in 4: typed salary questions and their follow-ups
        await send_heavy_photo(message)


async def heavy_tap(update: Update, context) -> None:
    query = update.callback_query
    await query.answer()
    await query.edit_message_text(f"{update.update_id} {HEAVY_TEXT}"[:700], reply_markup=HEAVY_KEYBOARD)
    if update.update_id % 50 == 0 and query.message is not None:
        await send_heavy_photo(query.message)


def echo_application(settings: Settings, heavy: bool = False) -> Application:
    app = build_application(settings)
    app.post_init = None  # no knowledge store to open: the echo bot only talks
    app.handlers.clear()
    app.add_handler(MessageHandler(filters.TEXT, heavy_text if heavy else echo_text))
    app.add_handler(CallbackQueryHandler(heavy_tap if heavy else echo_tap))
    return app


def _then_mark_ready(post_init, ready: Path):
    async def wrapped(app: Application) -> None:
        if post_init is not None:
            await post_init(app)

        async def mark() -> None:
            if "warm-up" in app.bot_data:
                await app.bot_data["warm-up"]
            ready.touch()

        app.bot_data["mark-ready"] = asyncio.create_task(mark())

    return wrapped


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
    ap.add_argument("--ready-file", help="created once the bot is up and done warming up (for the counted runs)")
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
    if args.ready_file:
        app.post_init = _then_mark_ready(app.post_init, Path(args.ready_file))
    if args.mode == "polling":
        app.run_polling(allowed_updates=Update.ALL_TYPES, poll_interval=0.0, timeout=1, close_loop=False)
    else:
        app.run_webhook(listen="127.0.0.1", port=args.port, url_path="telegram",
                        webhook_url=f"http://127.0.0.1:{args.port}/telegram", secret_token="bench-secret",
                        allowed_updates=Update.ALL_TYPES, close_loop=False)


if __name__ == "__main__":
    main()
