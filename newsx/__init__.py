"""newsx: dates, quoted officials, figures and cited events from news articles."""
from __future__ import annotations

from .model import Article
from .pipeline import SECTIONS, extract

__version__ = "0.1.0"
__all__ = ["Article", "SECTIONS", "__version__", "extract"]
