"""The command line: `ikrar [--db PATH] COMMAND …`. Imports no Qt, so commands start fast."""
