"""The ``careerbot`` command line, apart from the conversation core: the entry point (``main``) and one module
per group of commands (chat/ask, knowledge, understand/code-titles, run/serve) and the console display."""

from cli.main import main

__all__ = ["main"]
