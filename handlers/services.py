"""Typed access to careerbot's services from a handler's context (kept in bot_data, never persisted)."""

from __future__ import annotations

import time
from collections import defaultdict, deque

from telegram.ext import CallbackContext, ExtBot

from bot.conversation import ChatContext, Conversation
from handlers.photos import UploadedPhotos

CONTEXT_KEY = "ctx"


class ChatRateLimit:
    """At most ``limit`` messages per chat in ``window`` seconds, so one chat cannot monopolise the bot."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self._seen: dict[int, deque[float]] = defaultdict(deque)
        self._warned: set[int] = set()
        self._calls = 0

    def allow(self, chat_id: int, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        self._calls += 1
        if self._calls % 10_000 == 0:  # forget chats idle for a whole window: memory stays bounded
            for chat in [c for c, s in self._seen.items() if not s or now - s[-1] > self.window]:
                del self._seen[chat]
        seen = self._seen[chat_id]
        while seen and now - seen[0] > self.window:
            seen.popleft()
        if len(seen) >= self.limit:
            return False
        seen.append(now)
        self._warned.discard(chat_id)
        return True

    def first_refusal(self, chat_id: int) -> bool:
        """True once per flood, so the chat is told to slow down a single time."""
        if chat_id in self._warned:
            return False
        self._warned.add(chat_id)
        return True


class CareerContext(CallbackContext[ExtBot, dict, dict, dict]):
    """The callback context with careerbot's services as typed properties."""

    @property
    def conversation(self) -> Conversation:
        return self.bot_data["conversation"]

    @property
    def rate_limit(self) -> ChatRateLimit:
        return self.bot_data["rate_limit"]

    @property
    def uploaded_photos(self) -> UploadedPhotos | None:
        return self.bot_data.get("uploaded_photos")

    def chat_context(self) -> ChatContext:
        data = self.chat_data.get(CONTEXT_KEY) if self.chat_data is not None else None
        try:
            return ChatContext.model_validate(data or {})
        except ValueError:
            return ChatContext()

    async def save_chat_context(self, chat_id: int, ctx: ChatContext) -> None:
        """Keep the chat's context and write it through to the store at once (a restart loses nothing)."""
        if self.chat_data is None:
            return
        self.chat_data[CONTEXT_KEY] = ctx.model_dump(mode="json")
        if self.application.persistence:
            await self.application.persistence.update_chat_data(chat_id, self.chat_data)

    async def forget_chat(self, chat_id: int) -> None:
        if self.chat_data is not None:
            self.chat_data.clear()
        if self.application.persistence:
            await self.application.persistence.drop_chat_data(chat_id)
