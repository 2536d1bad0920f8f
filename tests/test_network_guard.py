"""The suite cannot reach the internet, as in python-telegram-bot's own tests."""

from __future__ import annotations

import socket

import pytest


def test_outside_connections_are_refused():
    with socket.socket() as s, pytest.raises(ConnectionRefusedError, match="loopback only"):
        s.connect(("149.154.167.220", 443))  # api.telegram.org


def test_the_core_never_imports_telegram():
    import subprocess
    import sys

    code = ("import sys, bot.conversation, bot.understand, bot.matcher, bot.sections, knowledge.store;"
            "print('telegram' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
