"""One chat's flood limit: at most ``limit`` messages or taps in ``window`` seconds, so one chat cannot
monopolise the bot — counted in the shared store when there is one, so the limit holds across workers.

The ``limits`` library does the counting (a moving window, as exact as the old per-process deque): with a Redis
chat memory store (``CONTEXT_URL=redis://…``, as ``careerbot serve --workers N`` uses) every worker counts in the
same Redis, so one chat gets the limit, not N times it; otherwise in this process's memory. A limit store that
cannot be reached never silences the bot: the message is let through and the failure logged.
"""

from __future__ import annotations

import logging

from limits import RateLimitItemPerSecond
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError

log = logging.getLogger(__name__)
KEY_PREFIX = "careerbot-flood"


def limit_storage(context_url: str | None) -> Storage:
    """Redis when chat memory lives in Redis (the workers' shared store), this process's memory otherwise."""
    if context_url and context_url.startswith(("redis://", "rediss://", "unix://")):
        uri = context_url.replace("unix://", "redis+unix://", 1) if context_url.startswith("unix://") else context_url
        return RedisStorage(f"async+{uri}", implementation="redispy", key_prefix=KEY_PREFIX, wrap_exceptions=True)
    return MemoryStorage()


class ChatFloodLimit:
    def __init__(self, limit: int, window: float, storage: Storage | None = None) -> None:
        seconds = max(1, round(window))
        self.item = RateLimitItemPerSecond(limit, seconds)
        self.warning = RateLimitItemPerSecond(1, seconds)  # "slow down" once per window and flood
        self.limiter = MovingWindowRateLimiter(storage or MemoryStorage())

    async def allow(self, chat_id: int) -> bool:
        """Counts this message or tap; False when the chat is over its limit."""
        return await self._hit(self.item, "chat", chat_id)

    async def first_refusal(self, chat_id: int) -> bool:
        """True once per window, so a flooding chat is told to slow down a single time (in any worker)."""
        return await self._hit(self.warning, "warned", chat_id)

    async def _hit(self, item: RateLimitItemPerSecond, kind: str, chat_id: int) -> bool:
        try:
            return await self.limiter.hit(item, kind, str(chat_id))
        except StorageError as exc:
            log.warning("flood limit store unavailable (%s); letting chat %s through", exc, chat_id)
            return True
