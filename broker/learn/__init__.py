"""The scikit-learn theme model, imported only when a theme has labels enough to try it.

``model.py`` trains and decides; ``features.py`` turns texts into TF-IDF
features. Importing this package loads NumPy, SciPy and scikit-learn, so
``classify`` imports it lazily.
"""

from ..models import matching_text as text_of  # the text a decision reads
from .model import (
    Decision,
    Settings,
    ThemeModel,
    cross_validate,
    fit_predict,
    review_queue,
    to_matches,
)

__all__ = ["Decision", "Settings", "ThemeModel", "cross_validate", "fit_predict", "review_queue", "text_of",
           "to_matches"]
