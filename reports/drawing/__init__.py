"""What every document draws with: page, fonts and paragraphs (common.py), tables (grid.py),
signatures (ink.py) and the letterhead (kop.py)."""
