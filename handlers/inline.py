"""Inline mode: `@bot phleb` lists matching occupations; `@bot nurse vs lpn` offers the comparison."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update

from bot.answers import callbacks
from bot.answers.replies import Reply
from handlers.render import markup
from handlers.services import CareerContext

MAX_RESULTS = 10
CACHE_SECONDS = 300


def _article(result_id: str, title: str, description: str, reply: Reply) -> InlineQueryResultArticle:
    return InlineQueryResultArticle(
        id=result_id[:64], title=title[:200], description=description[:200],
        input_message_content=InputTextMessageContent(reply.text), reply_markup=markup(reply))


async def on_inline_query(update: Update, context: CareerContext) -> None:
    """Answers an inline query with job cards (and the comparison when the query names several jobs)."""
    query = update.inline_query
    if query is None:
        return
    text = (query.query or "").strip()[:256]
    conversation = context.conversation
    results = []
    if text:
        request = conversation.engine.understand(text)
        if request.intent == "compare" and len(request.codes) >= 2:
            codes = request.codes[:4]
            reply, _ = conversation.press(callbacks.encode("overview", codes))
            titles = " vs ".join(m.title for m in request.occupations if m.code in codes)
            results.append(_article("cmp:" + "~".join(codes), titles, "Compare salary, growth, skills", reply))
        for cand in conversation.engine.matcher.prefix(text, MAX_RESULTS):
            if len(results) >= MAX_RESULTS:
                break
            reply, _ = conversation.press(callbacks.encode("overview", [cand.code]))
            profile = conversation.store.summary(cand.code)
            results.append(_article(cand.code, cand.title, (profile.family if profile else "") or "", reply))
    await query.answer(results, cache_time=CACHE_SECONDS, is_personal=False)
