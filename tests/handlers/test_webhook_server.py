"""The multi-worker webhook server (handlers/asgi.py, Starlette): every answer it gives, in process."""

from __future__ import annotations

import asyncio
import json
import logging

import httpx
import pytest

from handlers.asgi import MAX_BODY, SECRET_HEADER, create_app
from testkit import factories
from tests.telegram_harness import WEBHOOK_SECRET, lookalike, settings_for


@pytest.fixture()
def db(tmp_path):
    return tmp_path / "context.sqlite"


def serve(engine, db, checks):
    """Runs ``checks(client, api)`` against the app with its lifespan (PTB started) and a Bot API lookalike."""

    async def scenario():
        async with lookalike() as api:
            settings = settings_for(api, db, webhook_secret=WEBHOOK_SECRET, webhook_url="https://bot.example.com")
            app = create_app(settings, engine=engine)
            async with app.router.lifespan_context(app):
                transport = httpx.ASGITransport(app=app)
                async with httpx.AsyncClient(transport=transport, base_url="http://worker") as client:
                    await checks(client, api)
            return api

    return asyncio.run(scenario())


def test_an_update_with_the_secret_is_answered_once_and_only_then_200(engine, db):
    update = {"update_id": 7001, **factories.message(4100, "what does a welder do")}
    statuses = []

    async def checks(client, api):
        for _ in range(2):  # Telegram redelivers when it did not see the 200 in time: answered once
            r = await client.post("/telegram", json=update, headers={SECRET_HEADER: WEBHOOK_SECRET})
            statuses.append(r.status_code)
            assert r.headers["x-careerbot-worker"].isdigit()

    api = serve(engine, db, checks)
    assert statuses == [200, 200]
    assert len(api.sent("sendMessage", 4100)) == 1 and "Duties" in api.sent("sendMessage", 4100)[0]["text"]
    assert api.webhook["url"] == "https://bot.example.com/telegram" and api.webhook["secret"] == WEBHOOK_SECRET


def test_every_refusal_has_its_status_and_answers_nothing(engine, db, caplog):
    update = {"update_id": 7002, **factories.message(4101, "RN vs LPN")}
    got = {}

    async def checks(client, api):
        got["no secret"] = (await client.post("/telegram", json=update)).status_code
        got["wrong secret"] = (await client.post("/telegram", json=update,
                                                 headers={SECRET_HEADER: "guess"})).status_code
        good = {SECRET_HEADER: WEBHOOK_SECRET}
        got["other path"] = (await client.post("/other", json=update, headers=good)).status_code
        got["GET"] = (await client.get("/telegram", headers=good)).status_code
        got["too large"] = (await client.post("/telegram", content=b"{" + b" " * MAX_BODY + b"}",
                                              headers=good)).status_code
        for name, body in (("not JSON", b"<html>"), ("a list", b"[1, 2]"), ("null", b"null"),
                           ("no update id", json.dumps({"message": {"text": "hi"}}).encode())):
            got[name] = (await client.post("/telegram", content=body, headers=good)).status_code
        got["health"] = (await client.get("/healthz")).status_code

    with caplog.at_level(logging.WARNING, logger="handlers.asgi"):
        api = serve(engine, db, checks)
    assert got == {"no secret": 403, "wrong secret": 403, "other path": 404, "GET": 405, "too large": 413,
                   "not JSON": 400, "a list": 400, "null": 400, "no update id": 400, "health": 200}
    assert not api.sent("sendMessage")
    refused = [r.getMessage() for r in caplog.records if "refused with 400" in r.getMessage()]
    assert len(refused) == 4, refused  # each body that is not an update is logged, without the body itself
    assert "JSONDecodeError" in refused[0] and "not an object" in refused[1] and "not an object" in refused[2]
    assert not any("<html>" in m or '"text"' in m for m in refused)
