"""What the tests and the benchmarks share, so neither imports the other: the Bot API lookalike (``botapi``),
update factories (``factories``) and the title-coding evaluation sets (``evaluation``). Not shipped."""
