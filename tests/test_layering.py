"""Data flows one way: handlers and cli → bot → knowledge. The core never imports telegram or the handlers."""

from __future__ import annotations


def test_no_module_of_the_core_imports_telegram():
    import subprocess
    import sys

    code = ("import importlib, pkgutil, sys, bot, knowledge\n"
            "for pkg in (bot, knowledge):\n"
            "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
            "        importlib.import_module(m.name)\n"
            "print('telegram' in sys.modules or 'handlers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_knowledge_never_imports_the_core():
    import subprocess
    import sys

    code = ("import importlib, pkgutil, sys, knowledge\n"
            "for m in pkgutil.walk_packages(knowledge.__path__, 'knowledge.'):\n"
            "    importlib.import_module(m.name)\n"
            "print(sorted(n for n in sys.modules if n.split('.')[0] in ('bot', 'handlers', 'cli', 'telegram')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
