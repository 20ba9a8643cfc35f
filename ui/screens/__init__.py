"""The main window's screens other than the desk, each with its table model beside it."""
