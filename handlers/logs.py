"""Logging set-up: a time/name/level format, httpx quiet (it logs request URLs, which contain the token),
and a filter that masks the token wherever it might still appear."""

from __future__ import annotations

import logging

FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


class TokenFilter(logging.Filter):
    def __init__(self, secret: str | None) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secret:
            message = record.getMessage()
            if self.secret in message:
                record.msg, record.args = message.replace(self.secret, "[TOKEN]"), None
        return True


def setup_logging(level: str, secret: str | None) -> None:
    logging.basicConfig(format=FORMAT, level=getattr(logging, level.upper(), logging.INFO))
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    token_filter = TokenFilter(secret)
    for handler in logging.getLogger().handlers:
        handler.addFilter(token_filter)
