"""Ikrar's data model and domain rules. No Qt and no reportlab here: the window, the reports and the
command line all call into this package."""
