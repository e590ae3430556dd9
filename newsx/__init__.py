"""newsx: dates, quoted officials, figures and cited events from news articles."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Article
    from .pipeline import SECTIONS, extract

__version__ = "0.1.0"
__all__ = ["Article", "SECTIONS", "__version__", "extract"]


def __getattr__(name: str) -> Any:
    """The extractors load on first use, so that `newsx --help` and `--version` start at once."""
    if name in ("extract", "SECTIONS"):
        from . import pipeline

        globals()[name] = value = getattr(pipeline, name)
        return value
    if name == "Article":
        from .model import Article

        return Article
    raise AttributeError(f"module 'newsx' has no attribute {name!r}")
