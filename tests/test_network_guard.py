"""The suite cannot reach the internet, as in python-telegram-bot's own tests."""

from __future__ import annotations

import socket

import pytest


def test_outside_connections_are_refused():
    with socket.socket() as s, pytest.raises(ConnectionRefusedError, match="loopback only"):
        s.connect(("149.154.167.220", 443))  # api.telegram.org


def test_no_module_of_the_core_imports_telegram():
    import subprocess
    import sys

    code = ("import importlib, pkgutil, sys, bot, knowledge\n"
            "for pkg in (bot, knowledge):\n"
            "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
            "        importlib.import_module(m.name)\n"
            "print('telegram' in sys.modules or 'handlers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
