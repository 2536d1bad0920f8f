"""careerbot on python-telegram-bot, end to end over real HTTP against the Bot API lookalike."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest

from testkit import factories
from testkit.botapi import Faults
from tests.telegram_harness import (
    WEBHOOK_SECRET,
    asked,
    button,
    handled,
    keyboard,
    lookalike,
    running,
    wait_for,
)

PAIR = "medical office administrator vs patient coordinator"


def run(coro):
    return asyncio.run(coro)





@pytest.fixture()
def db(tmp_path):
    return tmp_path / "memory.sqlite"


def test_start_lists_examples_and_sets_the_command_menu(engine, db):
    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db):
                api.push(factories.message(11, "/start"))
                await wait_for(lambda: api.sent("sendMessage", 11))
            commands = api.sent("setMyCommands")[0]["commands"]
            assert {c["command"] for c in commands} >= {"start", "help", "compare", "job", "browse", "about"}
            sent = api.sent("sendMessage", 11)[0]
            assert "careerbot" in sent["text"] and sent["parse_mode"] == "HTML"
            assert keyboard(sent)[0][0]["text"] == "medical office administrator vs patient coordinator"

    run(scenario())


def test_seed_comparison_text_and_buttons(engine, conversation, db):
    expected, _ = conversation.reply(PAIR)

    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db):
                api.push(factories.message(12, PAIR))
                await wait_for(lambda: api.sent("sendMessage", 12))
            sent = api.sent("sendMessage", 12)[0]
            assert sent["text"] == expected.text
            assert [[b["callback_data"] for b in row] for row in keyboard(sent)] == \
                   [[b.data for b in row] for row in expected.buttons]
            assert "$34,252" in sent["text"] and "179,503" in sent["text"]

    run(scenario())


def test_tap_answers_first_then_edits_in_place_and_sends_the_chart(engine, db):
    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db):
                bot_msg = await asked(api, 13, "RN vs LPN")
                api.push(factories.tap(13, bot_msg, button(bot_msg, "Salary")))
                await wait_for(lambda: api.sent("editMessageText", 13))
                edited_msg = api.messages[(13, bot_msg["message_id"])]
                api.push(factories.tap(13, edited_msg, button(edited_msg, "chart")))
                await wait_for(lambda: api.sent("sendPhoto", 13))
            methods = [c.method for c in api.calls if c.method in ("answerCallbackQuery", "editMessageText")]
            assert methods[:2] == ["answerCallbackQuery", "editMessageText"]
            edited = api.sent("editMessageText", 13)[0]
            assert edited["message_id"] == bot_msg["message_id"] and "Salary" in edited["text"]
            assert len(api.sent("editMessageText", 13)) == 2  # the chart tap left the text as it was
            assert len(api.sent("sendMessage", 13)) == 1  # a section switch does not spam the chat
            photo = api.sent("sendPhoto", 13)[0]
            assert photo["photo"]["bytes"] > 1000 and "wage ranges" in photo["caption"]

    run(scenario())


def test_a_chart_is_uploaded_once_then_sent_by_file_id(engine, db):
    """The same wage chart for a second chat goes by Telegram's file_id (no upload); an id Telegram no longer
    knows costs one refused call and a fresh upload, and the user still gets exactly one photo."""
    question = "how much do welders make"

    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db) as app:
                for chat in (21, 22):
                    api.push(factories.message(chat, question))
                    await wait_for(lambda chat=chat: api.sent("sendPhoto", chat))
                api.files.clear()  # Telegram has forgotten the upload
                api.push(factories.message(23, question))
                await handled(app, api)
            first, second = api.sent("sendPhoto", 21)[0], api.sent("sendPhoto", 22)[0]
            assert first["photo"]["bytes"] > 1000  # uploaded as a file
            uploaded_id = next(m for (c, _), m in api.messages.items() if c == 21 and "photo" in m)["photo"][-1]
            assert second["photo"] == uploaded_id["file_id"] and second["caption"] == first["caption"]
            third = api.sent("sendPhoto", 23)
            assert [type(p["photo"]) for p in third] == [str, dict]  # refused id, then uploaded again
            assert sum("photo" in m for (c, _), m in api.messages.items() if c == 23) == 1

    run(scenario())


def test_same_tap_twice_is_quiet_and_forged_data_is_polite(engine, db):
    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db):
                bot_msg = await asked(api, 14, "welder")
                skills = button(bot_msg, "Skills")
                api.push(factories.tap(14, bot_msg, skills))
                api.push(factories.tap(14, bot_msg, skills))  # "message is not modified": handled quietly
                api.push(factories.tap(14, bot_msg, "s|99-9999.99|hack'; DROP TABLE occupations;--"))
                await wait_for(lambda: len(api.sent("answerCallbackQuery")) == 3 and
                               "expired" in api.messages[(14, bot_msg["message_id"])]["text"])
            assert not [c for c in api.calls if c.method == "sendMessage" and "went wrong" in c.params["text"]]

    run(scenario())


def test_inline_query_lists_jobs_and_offers_the_comparison(engine, db):
    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db):
                api.push(factories.inline_query(15, "phleb"))
                api.push(factories.inline_query(15, "nurse vs lpn"))
                await wait_for(lambda: len(api.sent("answerInlineQuery")) == 2)
            first, second = api.sent("answerInlineQuery")
            assert first["results"][0]["title"] == "Phlebotomists"
            assert "What does a phlebotomist do?" in first["results"][0]["input_message_content"]["message_text"]
            assert first["results"][0]["reply_markup"]["inline_keyboard"]
            assert " vs " in second["results"][0]["title"]

    run(scenario())


def test_start_deep_link_opens_the_comparison(engine, conversation, db):
    expected, _ = conversation.press("o|43-6013.00~29-2099.08")

    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db):
                api.push(factories.message(16, "/start cmp_43-6013.00_29-2099.08"))
                api.push(factories.message(17, "/start cmp_43-6013-00_29-2099-08"))
                await wait_for(lambda: api.sent("sendMessage", 16) and api.sent("sendMessage", 17))
            assert api.sent("sendMessage", 16)[0]["text"] == expected.text
            assert api.sent("sendMessage", 17)[0]["text"] == expected.text

    run(scenario())


def test_group_messages_are_answered_only_when_addressed(engine, db):
    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db) as app:
                api.push(factories.message(-100, "nurse vs welder", kind="supergroup", user_id=5))
                api.push(factories.message(-100, "@careerbot_test_bot what does a welder do", kind="supergroup",
                                           user_id=5))
                api.push(factories.message(-100, "and skills?", kind="supergroup", user_id=5, reply_to_bot=True))
                await handled(app, api)
            texts = [p["text"] for p in api.sent("sendMessage", -100)]
            assert len(texts) == 2 and "Duties" in texts[0] and "Skills" in texts[1]

    run(scenario())


def test_chat_memory_survives_an_application_restart(engine, db):
    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db):
                api.push(factories.message(18, "RN vs LPN"))
                await wait_for(lambda: api.sent("sendMessage", 18))
            async with running(api, engine, db):
                api.push(factories.message(18, "and skills?"))
                await wait_for(lambda: len(api.sent("sendMessage", 18)) == 2)
            text = api.sent("sendMessage", 18)[1]["text"]
            assert "Registered Nurses" in text and "Licensed Practical" in text and "Skills" in text

    run(scenario())


def test_forget_deletes_the_chat_memory(engine, db):
    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db):
                api.push(factories.message(19, "RN vs LPN"))
                api.push(factories.message(19, "/forget"))
                api.push(factories.message(19, "and skills?"))
                await wait_for(lambda: len(api.sent("sendMessage", 19)) == 3)
            assert "Which job" in api.sent("sendMessage", 19)[2]["text"]

    run(scenario())


def test_webhook_mode_checks_the_secret_and_answers(engine, db):
    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db, mode="webhook") as app:
                assert api.webhook["secret"] == WEBHOOK_SECRET
                api.push(factories.message(20, "what does a phlebotomist do"))
                await wait_for(lambda: api.sent("sendMessage", 20))
                url = f"http://127.0.0.1:{app.bot_data['webhook_port']}/telegram"
                forged = json.dumps({"update_id": 999, **factories.message(21, "hi")})
                async with aiohttp.ClientSession() as s:
                    for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
                        async with s.post(url, data=forged, headers={"Content-Type": "application/json",
                                                                     **headers}) as resp:
                            assert resp.status == 403  # refused before anything was handled
                await handled(app, api)
            assert "Duties" in api.sent("sendMessage", 20)[0]["text"]
            assert not api.sent("sendMessage", 21)

    run(scenario())


@pytest.mark.parametrize("mode", ["polling", "webhook"])
def test_faults_answer_every_update_at_most_once(engine, db, mode):
    """429s, 5xx answers and slow answers are waited out or retried; a connection dropped after the request went
    out may have delivered it, so that answer is not repeated (a duplicate would be worse than a gap): every
    update is answered exactly once unless its send was dropped, and none twice."""
    faults = Faults(too_many=0.05, server_error=0.1, slow=0.1, drop=0.1, seed=5)
    chats = list(range(300, 310))
    per_chat = ["RN vs LPN", "and skills?", "what does a welder do"]

    def lost(chat: int) -> int:
        return sum(1 for c in api.dropped if c.method == "sendMessage" and c.params.get("chat_id") == chat)

    async def scenario():
        nonlocal api
        async with lookalike(faults) as api:
            async with running(api, engine, db, mode=mode) as app:
                for text in per_chat:
                    for chat in chats:
                        api.push(factories.message(chat, text))
                await handled(app, api, 60)
            for chat in chats:
                texts = [p["text"] for p in api.sent("sendMessage", chat)]
                assert len(texts) + lost(chat) == len(per_chat), (chat, len(texts), lost(chat))
                assert len(set(texts)) == len(texts)  # none twice
                if not lost(chat):
                    assert "Skills" in texts[1]  # answered in order, with the memory of the first message
            assert sum(faults.injected.values()) >= 5, faults.injected
            assert faults.injected["500"] and faults.injected["drop"]

    api = None
    run(scenario())
