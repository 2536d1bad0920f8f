"""Every command the bot handles is in the Telegram menu (setMyCommands), in /help and in the README."""

from __future__ import annotations

from pathlib import Path

from telegram.ext import CommandHandler

from bot.answers.texts import HELP
from handlers.app import build_application
from handlers.commands import COMMANDS
from handlers.settings import Settings

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_handled_command_is_in_the_menu_help_and_readme(tmp_path):
    app = build_application(Settings(_env_file=None, telegram_bot_token="1:x",
                                      context_url=f"sqlite:///{tmp_path / 'c.sqlite'}"))
    handled = {c for handlers in app.handlers.values() for h in handlers if isinstance(h, CommandHandler)
               for c in h.commands}
    menu = {c.command for c in COMMANDS}
    assert handled == menu
    for command in handled:
        assert f"/{command}" in HELP, command
        assert f"/{command}" in README, command
