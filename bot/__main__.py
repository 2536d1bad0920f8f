"""``python -m bot`` is the same as the ``careerbot`` command."""

from bot.cli import main

raise SystemExit(main())
