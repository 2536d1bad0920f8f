"""The suite cannot reach the internet, as in python-telegram-bot's own tests."""

from __future__ import annotations

import socket

import pytest


def test_outside_connections_are_refused():
    with socket.socket() as s, pytest.raises(ConnectionRefusedError, match="loopback only"):
        s.connect(("149.154.167.220", 443))  # api.telegram.org
