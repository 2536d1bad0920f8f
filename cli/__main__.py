"""``python -m cli`` is the same as the ``careerbot`` command."""

from cli import main

raise SystemExit(main())
