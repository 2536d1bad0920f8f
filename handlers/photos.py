"""Pictures are uploaded once: Telegram answers an upload with a file_id, and the same picture is sent again
by that id (no upload, a small JSON request). The ids are kept per process, for the most recent pictures."""

from __future__ import annotations

import hashlib
import logging

from cachetools import LRUCache
from telegram import InputFile, Message
from telegram.error import BadRequest

from bot.answers.replies import Picture

log = logging.getLogger(__name__)


class UploadedPhotos:
    """file_id of each picture already uploaded, by the picture's content (least recently used dropped)."""

    def __init__(self, size: int = 2048) -> None:
        self._ids: LRUCache[bytes, str] = LRUCache(size)

    @staticmethod
    def key(picture: Picture) -> bytes:
        return hashlib.sha1(picture.png, usedforsecurity=False).digest()

    def get(self, key: bytes) -> str | None:
        return self._ids.get(key)

    def put(self, key: bytes, file_id: str) -> None:
        self._ids[key] = file_id

    def forget(self, key: bytes) -> None:
        self._ids.pop(key, None)


async def send_photo(message: Message, picture: Picture, uploaded: UploadedPhotos | None) -> None:
    """Send the picture into the message's chat: by file_id when it was uploaded before, else as a file."""
    if uploaded is None:
        await _upload(message, picture)
        return
    key = UploadedPhotos.key(picture)
    file_id = uploaded.get(key)
    if file_id is not None:
        try:
            await message.reply_photo(file_id, caption=picture.caption, do_quote=False)
            return
        except BadRequest as exc:  # the id is no longer valid (another bot token, a deleted file): upload again
            log.info("photo file_id refused in chat %s (%s); uploading again", message.chat_id, exc)
            uploaded.forget(key)
    sent = await _upload(message, picture)
    if sent.photo:
        uploaded.put(key, sent.photo[-1].file_id)  # the largest size: the picture as it was uploaded


async def _upload(message: Message, picture: Picture) -> Message:
    return await message.reply_photo(InputFile(picture.png, filename=picture.name), caption=picture.caption,
                                     do_quote=False)
