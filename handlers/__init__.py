"""The python-telegram-bot glue: commands, messages, button taps, inline queries, errors, persistence.

Handlers only translate between Telegram updates and the conversation core in bot/.
"""

import os

# Opt in to PTB's timedelta durations now (RetryAfter.retry_after), instead of a deprecation warning per 429.
os.environ.setdefault("PTB_TIMEDELTA", "true")
