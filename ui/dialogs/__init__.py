"""Dialogs of the window (event, roster import, settings, walk-in, absence) and the error box."""
