"""Extraction: from an Article to its attributed quotations."""
