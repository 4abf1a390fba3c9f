"""Scoring the extractors against annotated articles and public corpora."""
