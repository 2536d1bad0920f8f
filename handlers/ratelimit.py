"""Outgoing requests: Telegram's flood limits (AIORateLimiter, which also waits out 429 RetryAfter) plus
retries with backoff for transient failures (5xx, timeouts, dropped connections), so a reply is not lost
to a hiccup. Requests Telegram refused on their merits (400 Bad Request, 403 Forbidden) are not retried."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.error import BadRequest, ChatMigrated, Conflict, Forbidden, InvalidToken, NetworkError
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)
FINAL = (BadRequest, Forbidden, InvalidToken, Conflict, ChatMigrated)


class RetryingRateLimiter(AIORateLimiter):
    def __init__(self, network_retries: int = 4, backoff: float = 0.25, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.network_retries = network_retries
        self.backoff = backoff

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):  # type: ignore[override]
        if endpoint == "getUpdates":  # the updater has its own retry loop for long polling
            return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        for attempt in range(self.network_retries + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except FINAL:
                raise
            except NetworkError as exc:
                if attempt == self.network_retries:
                    raise
                delay = self.backoff * 2**attempt
                log.warning("%s failed (%s); retry %d in %.2f s", endpoint, exc, attempt + 1, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")
