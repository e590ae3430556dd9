"""newsx: dates, quoted officials, figures and cited events from news articles."""
from __future__ import annotations

import sys
import types
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


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        # Importing the subpackage newsx.extract would bind it here, hiding the function
        # newsx.extract(); the subpackage stays reachable through sys.modules and `import`.
        if name == "extract" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
