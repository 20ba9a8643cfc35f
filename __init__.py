"""Ikrar: the registration desk of an apel, offline. Installed as the one package `ikrar`, whose
folder is this repository's root (pyproject.toml maps it): `ikrar.models` (data and rules, no Qt, no
reportlab), `ikrar.reports` (PDF and XLSX, no Qt), `ikrar.ui` (the window and the command line)."""
