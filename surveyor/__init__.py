"""Surveyor: offline field surveys on XLSForm, synced by Excel workbooks."""

__version__ = "0.1.0"
