"""One module per public source, each turning shipped extracts into store rows."""
