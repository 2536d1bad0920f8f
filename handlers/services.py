"""Typed access to careerbot's services from a handler's context (kept in bot_data, never persisted)."""

from __future__ import annotations

from telegram.ext import CallbackContext, ExtBot

from bot.conversation import ChatMemory, Conversation
from handlers.floodlimit import ChatFloodLimit
from handlers.photos import UploadedPhotos

CONTEXT_KEY = "ctx"


class CareerContext(CallbackContext[ExtBot, dict, dict, dict]):
    """The callback context with careerbot's services as typed properties."""

    @property
    def conversation(self) -> Conversation:
        return self.bot_data["conversation"]

    @property
    def rate_limit(self) -> ChatFloodLimit:
        return self.bot_data["rate_limit"]

    @property
    def uploaded_photos(self) -> UploadedPhotos | None:
        return self.bot_data.get("uploaded_photos")

    def chat_memory(self) -> ChatMemory:
        data = self.chat_data.get(CONTEXT_KEY) if self.chat_data is not None else None
        try:
            return ChatMemory.model_validate(data or {})
        except ValueError:
            return ChatMemory()

    async def save_chat_memory(self, chat_id: int, ctx: ChatMemory) -> None:
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
