"""sqlite-utils, loaded without NumPy.

sqlite-utils imports NumPy, if it can, only so that it can store NumPy
numbers; broker never stores any, and importing NumPy costs about 50 ms at the
start of every command. It is hidden while sqlite-utils loads, unless
something (the theme model) has loaded it already.
"""

from __future__ import annotations

import sys

_hide = "numpy" not in sys.modules
if _hide:
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes "import numpy" fail at once
try:
    import sqlite_utils
finally:
    if _hide:
        del sys.modules["numpy"]

__all__ = ["sqlite_utils"]
