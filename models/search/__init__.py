"""Finding a person: names folded to search keys (fold.py), the keys kept in step with the fold
(stored_keys.py), the one-typo matcher (typo.py, typo_index.py) and the search itself (lookup.py)."""
