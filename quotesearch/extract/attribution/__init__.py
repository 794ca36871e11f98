"""Attribution: linking quoted and reported content to who said it.

`reader.ParagraphReader` reads an article's paragraphs in order."""
from .reader import ParagraphReader

__all__ = ["ParagraphReader"]
