"""Configuration from the environment and `.env` (pydantic-settings). The token is a secret: never logged."""

from __future__ import annotations

from pydantic import Field, SecretStr

from knowledge.settings import StoreSettings


class Settings(StoreSettings):
    """The bot's settings: the store's (knowledge.settings, shared with every command) and Telegram's."""

    telegram_bot_token: SecretStr | None = Field(default=None, description="from @BotFather; none = console")
    telegram_api_base_url: str = Field(default="https://api.telegram.org",
                                       description="Bot API server (a self-hosted one, or a test lookalike)")
    webhook_url: str | None = Field(default=None, description="public https URL; set = webhook mode")
    webhook_secret: SecretStr | None = Field(default=None, description="checked on every webhook request")
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_path: str = "telegram"
    context_url: str = Field(default="sqlite:///var/context.sqlite",
                             description="chat memory store: sqlite:///path or redis://host:port/db")
    log_level: str = "INFO"
    chat_rate_limit: int = Field(default=20, description="messages per chat per rate window")
    chat_rate_window: float = Field(default=60.0, description="seconds")
    drop_pending_updates: bool = False
    overall_rate_limit: float = Field(default=30, description="messages/s to all chats (Telegram's limit)")
    connection_pool_size: int = Field(default=16, description="HTTP connections to the Bot API per process")
    read_timeout: float = Field(default=5.0, description="seconds to wait for the Bot API's answer")
    workers: int = Field(default=2, description="worker processes for `careerbot serve`")

    @property
    def token(self) -> str | None:
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None

    @property
    def base_url(self) -> str:
        return self.telegram_api_base_url.rstrip("/") + "/bot"

    @property
    def base_file_url(self) -> str:
        return self.telegram_api_base_url.rstrip("/") + "/file/bot"
