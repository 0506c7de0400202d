"""One response being filled: the live form (live.py: relevance, calculations, flags, choices;
context.py, rows.py), its validation (validation.py), and the session a window or a test drives
(session.py: new, open, save a draft, finalise, edit)."""
