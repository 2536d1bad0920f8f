"""Typed access to careerbot's services from a handler's context (kept in bot_data, never persisted)."""

from __future__ import annotations

import logging

from telegram.ext import CallbackContext, ExtBot

from bot.conversation import Conversation
from bot.memory import ChatMemory
from handlers.floodlimit import ChatFloodLimit
from handlers.photos import UploadedPhotos

log = logging.getLogger(__name__)
MEMORY_KEY = "ctx"
"""The chat_data key that holds the chat's memory (the value stays "ctx": stored chats keep their memory)."""


class CareerContext(CallbackContext[ExtBot, dict, dict, dict]):
    """The callback context with careerbot's services as typed properties."""

    @property
    def conversation(self) -> Conversation:
        return self.bot_data["conversation"]

    @property
    def flood_limit(self) -> ChatFloodLimit:
        return self.bot_data["flood_limit"]

    @property
    def uploaded_photos(self) -> UploadedPhotos | None:
        return self.bot_data.get("uploaded_photos")

    def chat_memory(self) -> ChatMemory:
        """The chat's memory as stored; an empty one when there is none, or when what is stored is not valid."""
        data = self.chat_data.get(MEMORY_KEY) if self.chat_data is not None else None
        try:
            return ChatMemory.model_validate(data or {})
        except ValueError as exc:  # the error names no stored values: they may hold words the user typed
            log.warning("stored memory of chat %s is not valid (%s); the chat starts afresh", self._chat_id,
                        type(exc).__name__)
            return ChatMemory()

    async def save_chat_memory(self, chat_id: int, memory: ChatMemory) -> None:
        """Keep the chat's memory and write it through to the store at once (a restart loses nothing)."""
        if self.chat_data is None:
            return
        self.chat_data[MEMORY_KEY] = memory.model_dump(mode="json")
        if self.application.persistence:
            await self.application.persistence.update_chat_data(chat_id, self.chat_data)

    async def forget_chat(self, chat_id: int) -> None:
        if self.chat_data is not None:
            self.chat_data.clear()
        if self.application.persistence:
            await self.application.persistence.drop_chat_data(chat_id)
