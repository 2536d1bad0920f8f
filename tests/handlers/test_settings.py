"""One settings object for every entry point: `CAREERBOT_STORE` in `.env` means the same store to `knowledge`,
`chat`, `ask` and `run`."""

from __future__ import annotations

from cli import main
from handlers.settings import Settings
from knowledge.paths import default_store_path


def test_dotenv_store_reaches_every_command(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "from-dotenv.sqlite"
    bad.write_bytes(b"not a database")
    (tmp_path / ".env").write_text(f"CAREERBOT_STORE={bad}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CAREERBOT_STORE", raising=False)
    assert default_store_path() == bad == Settings().careerbot_store
    for argv in (["knowledge", "stats"], ["ask", "welder"]):
        assert main(argv) == 2
        assert f"knowledge store {bad} is unreadable" in capsys.readouterr().err


def test_environment_wins_over_dotenv(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("CAREERBOT_STORE=/nowhere/from-dotenv.sqlite\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CAREERBOT_STORE", str(tmp_path / "from-env.sqlite"))
    assert default_store_path() == tmp_path / "from-env.sqlite" == Settings().careerbot_store
