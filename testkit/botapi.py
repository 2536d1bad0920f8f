"""A small Telegram Bot API lookalike on 127.0.0.1, for driving the real Application in tests.

It speaks the wire format: form-encoded (or multipart) requests to /bot<token>/<method>, JSON replies
``{"ok": true, "result": …}`` or ``{"ok": false, "error_code": …, "description": …}``; long-polled
``getUpdates`` with offsets; ``setWebhook`` delivering updates by POST with the secret header, redelivering
until the bot answers 200. It records every call and can inject faults: 429 with retry_after, 500, slow
responses, and connections dropped before the request is processed.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import random
import socket
import time
from dataclasses import dataclass, field
from typing import ClassVar

from aiohttp import ClientSession, ClientTimeout, TCPConnector, web

BOT_ID = 7000001
BOT_USERNAME = "careerbot_test_bot"
TOKEN = "7000001:AAH-test-token-never-printed-0123456789"


@dataclass
class Call:
    method: str
    params: dict
    at: float = field(default_factory=time.monotonic)


@dataclass
class Faults:
    """Per-call probabilities of each fault (seeded), applied to every method but getUpdates/getMe/setWebhook."""

    too_many: float = 0.0
    server_error: float = 0.0
    slow: float = 0.0
    drop: float = 0.0
    slow_seconds: float = 0.3
    seed: int = 1
    spared: tuple[str, ...] = ("getMe", "setWebhook", "deleteWebhook", "getUpdates", "setMyCommands",
                               "getWebhookInfo", "close", "logOut")

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.injected: dict[str, int] = {"429": 0, "500": 0, "slow": 0, "drop": 0}


class BotApi:
    _instances: ClassVar[itertools.count] = itertools.count(1)
    everything: ClassVar[list[Call]] = []
    """Every call made to any lookalike during the test session (scanned for the token at the end)."""

    def __init__(self, faults: Faults | None = None) -> None:
        self.faults = faults or Faults()
        self.calls: list[Call] = []
        self.updates: list[dict] = []
        self._new_update = asyncio.Event()
        self._ids = itertools.count(1)
        self._message_ids = itertools.count(100)
        self._file_ids = itertools.count(1)
        self._instance = next(BotApi._instances)  # file ids of one lookalike mean nothing to another
        self.files: dict[str, dict] = {}
        self.messages: dict[tuple[int, int], dict] = {}
        self.webhook: dict | None = None
        self._delivery: asyncio.Task | None = None
        self.runner: web.AppRunner | None = None
        self.port = 0
        self.delivered: list[int] = []
        self.listeners: list = []  # called with (call, result) after each answered call
        self.delivered_at: dict[int, float] = {}
        self.handled_by: dict[int, int] = {}
        self.max_connections = 1
        self.fresh_connections = False
        self._in_flight: set[int] = set()
        self.dropped: list[Call] = []  # calls whose connection was dropped unanswered (and not acted on)
        self.late: dict[str, float] = {}  # method → seconds: its next call is acted on, then answered late
        self.refuse: list[str] = []  # 400 descriptions for the next sendMessage/editMessageText calls
        self.refuse_html = False  # refuse every HTML message as unparsable
        self.pushed: list[int] = []  # every update id pushed, in order
        self.released = False

    # --- server -------------------------------------------------------------------------------
    async def start(self) -> BotApi:
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._delivery:
            self._delivery.cancel()
        if self.runner:
            await self.runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        if request.match_info["token"] != TOKEN:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        fault = self._fault(method)
        params = await self._params(request)
        if fault == "drop":
            # The request arrived whole, and nothing is done with it: the client cannot tell this from a
            # connection lost after Telegram acted, so it must treat the call as possibly delivered.
            self.dropped.append(Call(method, params))
            request.transport.close()
            raise ConnectionResetError("dropped by the lookalike")
        if fault == "429":
            return self._error(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        if fault == "500":
            return self._error(500, "Internal Server Error")
        if fault == "slow":
            await asyncio.sleep(self.faults.slow_seconds)
        call = Call(method, params)
        self.calls.append(call)
        BotApi.everything.append(call)
        handler = getattr(self, f"api_{method}", None)
        if handler is None:
            return self._error(404, f"Not Found: method {method}")
        result = await handler(params)
        for listener in self.listeners:
            listener(call, result)
        if method in self.late:  # done, and answered only after this long (once): a read timeout for the bot
            await asyncio.sleep(self.late.pop(method))
        if isinstance(result, web.Response):
            return result
        return web.json_response({"ok": True, "result": result})

    def _fault(self, method: str) -> str | None:
        f = self.faults
        if method in f.spared:
            return None
        roll = f.rng.random()
        for name, p in (("429", f.too_many), ("500", f.server_error), ("slow", f.slow), ("drop", f.drop)):
            if roll < p:
                f.injected[name] += 1
                return name
            roll -= p
        return None

    @staticmethod
    async def _params(request: web.Request) -> dict:
        if request.content_type == "application/json":
            return await request.json()
        form = await request.post()
        out: dict = {}
        for key, value in form.items():
            if isinstance(value, web.FileField):
                out[key] = {"filename": value.filename, "bytes": len(value.file.read())}
                continue
            try:
                out[key] = json.loads(value)
            except ValueError:
                out[key] = value
        return out

    @staticmethod
    def _error(code: int, description: str, parameters: dict | None = None) -> web.Response:
        body = {"ok": False, "error_code": code, "description": description}
        if parameters:
            body["parameters"] = parameters
        return web.json_response(body, status=code)

    # --- updates in -----------------------------------------------------------------------------
    def release_polls(self, released: bool = True) -> None:
        """Long polls return at once (while released): a bot stopping polling need not wait out its timeout."""
        self.released = released
        self._new_update.set()

    def push(self, update: dict) -> int:
        update = {"update_id": next(self._ids), **update}
        self.pushed.append(update["update_id"])
        self.updates.append(update)
        self._new_update.set()
        return update["update_id"]

    async def api_getUpdates(self, p: dict) -> list[dict]:
        offset = int(p.get("offset") or 0)
        timeout = float(p.get("timeout") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        deadline = time.monotonic() + timeout
        while not self.updates and time.monotonic() < deadline and self.webhook is None and not self.released:
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), deadline - time.monotonic())
            except TimeoutError:
                break
        limit = int(p.get("limit") or 100)
        return [] if self.webhook else self.updates[:limit]

    async def api_setWebhook(self, p: dict) -> bool:
        self.webhook = {"url": p["url"], "secret": p.get("secret_token")}
        if self._delivery is None or self._delivery.done():
            self._delivery = asyncio.create_task(self._deliver())
        return True

    async def api_deleteWebhook(self, p: dict) -> bool:
        self.webhook = None
        return True

    async def api_getWebhookInfo(self, p: dict) -> dict:
        return {"url": self.webhook["url"] if self.webhook else "", "has_custom_certificate": False,
                "pending_update_count": len(self.updates)}

    async def _deliver(self) -> None:
        """Webhook delivery as Telegram does it: up to ``max_connections`` updates in flight, each redelivered
        until the bot answers 200. Records which worker answered (the x-careerbot-worker header, if any)."""
        connector = TCPConnector(force_close=self.fresh_connections, limit=self.max_connections)
        async with ClientSession(timeout=ClientTimeout(total=30), connector=connector) as session:
            senders = [asyncio.create_task(self._sender(session)) for _ in range(self.max_connections)]
            try:
                await asyncio.gather(*senders)
            finally:
                for t in senders:
                    t.cancel()

    async def _sender(self, session: ClientSession) -> None:
        while self.webhook is not None:
            # Like Telegram, one chat's updates go one at a time, in order; different chats in parallel.
            busy = {_chat_of(u) for u in self.updates if u["update_id"] in self._in_flight}
            update = next((u for u in self.updates if u["update_id"] not in self._in_flight
                           and _chat_of(u) not in busy), None)
            if update is None:
                self._new_update.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._new_update.wait(), 0.2)
                continue
            uid = update["update_id"]
            self._in_flight.add(uid)
            headers = {"X-Telegram-Bot-Api-Secret-Token": self.webhook["secret"]} if self.webhook["secret"] else {}
            worker = None
            try:
                async with session.post(self.webhook["url"], json=update, headers=headers) as resp:
                    ok = resp.status == 200
                    worker = resp.headers.get("x-careerbot-worker")
            except Exception:
                ok = False
            self._in_flight.discard(uid)
            if ok:
                self.updates = [u for u in self.updates if u["update_id"] != uid]
                self.delivered.append(uid)
                if worker:
                    self.handled_by[uid] = int(worker)
                self.delivered_at[uid] = time.monotonic()
            else:
                await asyncio.sleep(0.2)

    # --- methods the bot calls --------------------------------------------------------------------
    async def api_getMe(self, p: dict) -> dict:
        return {"id": BOT_ID, "is_bot": True, "first_name": "careerbot", "username": BOT_USERNAME,
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}

    async def api_setMyCommands(self, p: dict) -> bool:
        return True

    async def api_close(self, p: dict) -> bool:
        return True

    def _message(self, chat_id: int, text: str | None, markup: dict | None, **extra) -> dict:
        mid = next(self._message_ids)
        msg = {"message_id": mid, "date": int(time.time()), "chat": {"id": chat_id, "type": "private"},
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "careerbot", "username": BOT_USERNAME},
               **({"text": text} if text is not None else {}), **extra}
        if markup:
            msg["reply_markup"] = markup
        self.messages[(chat_id, mid)] = msg
        return msg

    def _refusal(self, p: dict) -> web.Response | None:
        """Telegram's 400 for a message it will not show: HTML it cannot parse (``refuse_html``), or the next of
        the descriptions queued in ``refuse``."""
        if self.refuse:
            return self._error(400, self.refuse.pop(0))
        if self.refuse_html and p.get("parse_mode") == "HTML":
            return self._error(400, "Bad Request: can't parse entities: unsupported start tag \"x\" at byte offset 0")
        return None

    async def api_sendMessage(self, p: dict) -> dict | web.Response:
        return self._refusal(p) or self._message(int(p["chat_id"]), str(p["text"]), p.get("reply_markup"))

    async def api_sendPhoto(self, p: dict) -> dict | web.Response:
        """An upload gets a new file_id, as on Telegram; a known file_id sends that photo again without an
        upload; an unknown one is refused with Telegram's own error."""
        if isinstance(p["photo"], dict):
            file_id = f"AgAC{self._instance}-{next(self._file_ids)}"
            self.files[file_id] = p["photo"]
        elif p["photo"] in self.files:
            file_id = p["photo"]
        else:
            return self._error(400, "Bad Request: wrong file identifier/HTTP URL specified")
        photo = [{"file_id": file_id, "file_unique_id": f"u{file_id}", "width": 800, "height": 300}]
        return self._message(int(p["chat_id"]), None, None, photo=photo, caption=p.get("caption"))

    async def api_editMessageText(self, p: dict) -> dict | bool | web.Response:
        if refused := self._refusal(p):
            return refused
        if "inline_message_id" in p:
            return True
        key = (int(p["chat_id"]), int(p["message_id"]))
        msg = self.messages.get(key)
        if msg is None:
            return self._error(400, "Bad Request: message to edit not found")
        if msg.get("text") == str(p["text"]) and msg.get("reply_markup") == p.get("reply_markup"):
            return self._error(400, "Bad Request: message is not modified: specified new message content and "
                                    "reply markup are exactly the same as a current content and reply markup")
        msg["text"] = str(p["text"])
        msg["reply_markup"] = p.get("reply_markup")
        return msg

    async def api_answerCallbackQuery(self, p: dict) -> bool:
        return True

    async def api_answerInlineQuery(self, p: dict) -> bool:
        return True

    # --- what tests look at -----------------------------------------------------------------------
    def shown(self, chat_id: int) -> list[str]:
        """The texts the chat shows now (sent and not refused, as last edited), oldest first."""
        return [m["text"] for (chat, _), m in sorted(self.messages.items()) if chat == chat_id and "text" in m]

    def sent(self, method: str, chat_id: int | None = None) -> list[dict]:
        return [c.params for c in self.calls if c.method == method
                and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)]


def _chat_of(update: dict) -> int | None:
    for kind in ("message", "edited_message", "callback_query"):
        body = update.get(kind)
        if body:
            msg = body.get("message", body)
            return (msg.get("chat") or {}).get("id")
    return None


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
