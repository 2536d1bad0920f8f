"""Outgoing requests: Telegram's flood limits (AIORateLimiter, which also waits out 429 RetryAfter) plus
retries with backoff for failures that cannot have shown anything to the user, so a reply is not lost to a
hiccup — and never shown twice.

A request is repeated only when a repeat cannot duplicate what the user sees:
- it never reached Telegram: the connection could not be made (refused, DNS, connect timeout) or no pooled
  connection was free (PTB's error has the httpx cause: ``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``);
- Telegram answered with a server error (5xx): it answered, so it did not act;
- or the method is idempotent (an edit, answering a callback query, getMe…).
A send that timed out waiting for the answer, or whose connection dropped after the request went out, may
already be on the user's screen (measured: a Bot API that delivers and answers 20 s late made the chat show the
comparison twice): it is treated as delivered and logged, not repeated. Requests Telegram refused on their
merits (400 Bad Request, 403 Forbidden) are never repeated."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
from telegram.error import BadRequest, ChatMigrated, Conflict, Forbidden, InvalidToken, NetworkError
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)
FINAL = (BadRequest, Forbidden, InvalidToken, Conflict, ChatMigrated)
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol,
            httpx.ProxyError)
"""httpx errors raised before a request left this process."""
IDEMPOTENT = frozenset({
    "answerCallbackQuery", "answerInlineQuery", "editMessageText", "editMessageCaption", "editMessageMedia",
    "editMessageReplyMarkup", "sendChatAction", "getMe", "getFile", "getWebhookInfo", "setWebhook",
    "deleteWebhook", "setMyCommands", "deleteMyCommands", "setChatMenuButton",
})


def may_repeat(endpoint: str, error: NetworkError) -> bool:
    """Whether repeating the request cannot show the user anything twice (see the module's docstring)."""
    cause = error.__cause__
    if endpoint in IDEMPOTENT or isinstance(cause, NOT_SENT):
        return True
    return cause is None and not isinstance(error, FINAL)  # Telegram itself answered with an error status


class RetryingRateLimiter(AIORateLimiter):
    """PTB's rate limiter (AIORateLimiter: Telegram's flood limits, 429 waited out) that also repeats a request
    that failed, when ``may_repeat`` says a repeat cannot show the user anything twice (up to
    ``network_retries`` times, with exponential ``backoff``)."""

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
                if not may_repeat(endpoint, exc):
                    log.warning("%s to chat %s: no answer from Telegram (%s: %s); it may have been delivered, "
                                "so it is not sent again", endpoint, (data or {}).get("chat_id"),
                                type(exc).__name__, exc.__cause__ or exc)
                    raise
                if attempt == self.network_retries:
                    raise
                delay = self.backoff * 2**attempt
                log.warning("%s failed (%s); retry %d in %.2f s", endpoint, exc, attempt + 1, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")
