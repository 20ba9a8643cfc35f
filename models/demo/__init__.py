"""The demo: made-up people (names.py) and a demo event in a database of its own (build.py)."""
