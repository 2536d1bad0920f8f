"""The bot token never reaches the logs, even at DEBUG level and with errors and retries."""

from __future__ import annotations

import asyncio
import io
import logging

from handlers.logs import TokenFilter, setup_logging
from testkit import factories
from testkit.botapi import TOKEN, Faults
from tests.telegram_harness import lookalike, running, wait_for


def test_token_never_logged(engine, tmp_path):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    try:
        setup_logging("DEBUG", TOKEN)
        logging.getLogger("httpx").setLevel(logging.DEBUG)  # even if httpx logs every URL, the filter masks it

        async def scenario():
            async with lookalike(Faults(server_error=0.3, drop=0.2, seed=3)) as api, \
                    running(api, engine, tmp_path / "ctx.sqlite"):
                api.push(factories.message(40, "RN vs LPN"))
                api.push(factories.message(40, "/about"))
                # a send whose connection dropped may have been delivered, so it is not repeated: count it too
                await wait_for(lambda: len(api.sent("sendMessage", 40)) + sum(
                    c.method == "sendMessage" for c in api.dropped) == 2, 30)

        asyncio.run(scenario())
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        logging.getLogger("httpx").setLevel(logging.WARNING)
        for h in root.handlers:  # leave the session's own log scan unmasked (tests/conftest.py)
            for f in [f for f in h.filters if isinstance(f, TokenFilter)]:
                h.removeFilter(f)
    logged = stream.getvalue()
    assert "retry" in logged.lower()  # errors and retries were logged…
    assert "/bot[TOKEN]/sendMessage" in logged  # httpx did log URLs, masked
    assert TOKEN not in logged and TOKEN.split(":")[1] not in logged  # …without the token
