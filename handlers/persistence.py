"""PTB persistence for chat memory only, backed by a MemoryStore (SQLite by default, or Redis).

``refresh_chat_data`` reloads a chat's data from the store before each update, so several worker processes
behind one webhook see the same memory; handlers write through at once (``CareerContext.save_chat_memory``), so
a restart or a killed worker loses nothing. User, bot and callback data and conversation states are not stored:
careerbot keeps nothing else.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput

from handlers.memorystore import MemoryStore

log = logging.getLogger(__name__)


class MemoryPersistence(BasePersistence[dict, dict, dict]):
    def __init__(self, store: MemoryStore, update_interval: float = 60.0) -> None:
        super().__init__(store_data=PersistenceInput(bot_data=False, chat_data=True, user_data=False,
                                                     callback_data=False), update_interval=update_interval)
        self.store = store

    async def get_chat_data(self) -> dict[int, dict]:
        return {}  # loaded per chat, on demand, by refresh_chat_data

    async def refresh_chat_data(self, chat_id: int, chat_data: dict) -> None:
        try:
            raw = await self.store.get(chat_id)
        except Exception as exc:  # the store being down costs follow-ups, never the answer
            log.warning("chat memory store unavailable, answering chat %s without its memory: %s", chat_id, exc)
            return
        chat_data.clear()
        if not raw:
            return
        try:
            data = json.loads(raw)
        except ValueError as exc:  # a damaged entry is dropped, not fatal
            log.warning("stored chat data of chat %s is not valid JSON (%s); the chat starts afresh", chat_id, exc)
            return
        if not isinstance(data, dict):
            log.warning("stored chat data of chat %s is JSON but not an object; the chat starts afresh", chat_id)
            return
        chat_data.update(data)

    async def update_chat_data(self, chat_id: int, data: dict) -> None:
        try:
            if data:
                await self.store.put(chat_id, json.dumps(data, separators=(",", ":")))
            else:
                await self.store.delete(chat_id)
        except Exception as exc:
            log.warning("chat memory store unavailable, memory of chat %s not saved: %s", chat_id, exc)

    async def drop_chat_data(self, chat_id: int) -> None:
        await self.store.delete(chat_id)  # /forget must not pretend: a failure reaches the user

    async def flush(self) -> None:
        try:
            await self.store.close()
        except Exception as exc:
            log.warning("closing the chat memory store failed: %s", exc)

    # --- not stored ---------------------------------------------------------------------------
    async def get_user_data(self) -> dict[int, dict]:
        return {}

    async def get_bot_data(self) -> dict:
        return {}

    async def get_callback_data(self) -> Any:
        return None

    async def get_conversations(self, name: str) -> dict:
        return {}

    async def update_conversation(self, name: str, key: Any, new_state: object | None) -> None:
        return None

    async def update_user_data(self, user_id: int, data: dict) -> None:
        return None

    async def update_bot_data(self, data: dict) -> None:
        return None

    async def update_callback_data(self, data: Any) -> None:
        return None

    async def drop_user_data(self, user_id: int) -> None:
        return None

    async def refresh_user_data(self, user_id: int, user_data: dict) -> None:
        return None

    async def refresh_bot_data(self, bot_data: dict) -> None:
        return None
