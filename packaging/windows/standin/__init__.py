"""Packaging stand-in for Ikrar."""
