"""What careerbot knows: profile models, the SQLite store and how it is built."""
