"""checker: find where reports of one event disagree on numbers, dates and attribution."""

from __future__ import annotations

__version__ = "0.1.0"
