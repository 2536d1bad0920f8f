"""careerbot's conversation core: understanding messages and composing replies (never imports telegram)."""
