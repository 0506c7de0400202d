"""Realistic sample data for the bundled forms (samples.py, words from vocabulary.py)."""
