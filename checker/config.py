"""Every threshold and limit in one settings object.

Read in this order, later winning: the defaults below, ``[tool.checker]`` in
the ``pyproject.toml`` of the current folder (or a file given with
``--config``), then command-line options.
"""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from checker.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass(frozen=True)
class Settings:
    """Thresholds and limits; each field documents what it controls."""

    #: sentence-transformers model name or path; "" means the bundled all-MiniLM-L6-v2.
    model: str = ""
    #: Cosine similarity above which two claim sentences may state the same fact.
    align_similarity: float = 0.55
    #: Lower similarity accepted when the structure matches positively: the same
    #: counted thing governed by the same kind of verb ("laid off 5,000 workers",
    #: "800 jobs have gone"), so the wording around it may differ more.
    align_similarity_strong: float = 0.35
    #: Similarity needed for amounts known only by their unit (sums of money,
    #: percentages, distances): a story holds many, so the clause must match closely.
    align_similarity_unit: float = 0.80
    #: Lowest similarity at which two exact figures in one unit that differ by
    #: two digits trading places (212 and 221 million euros, 6,410 and 6,140
    #: workers) are compared, across reports: the commonest copying slip keeps
    #: the figure's story but not always its wording.
    align_similarity_swapped: float = 0.25
    #: Cosine similarity above which two dated sentences may describe the same event.
    date_similarity: float = 0.80
    #: Days apart within which two dates of events of one kind ("killed on
    #: Friday", "killed on Saturday") are compared at ``align_similarity_strong``.
    #: Reports misdate an event by days or by a month (a month slip); dates further apart are
    #: usually two events of the kind (last year's fire and this week's), so
    #: they need ``date_similarity``.
    date_strong_days: int = 35
    #: Lowest similarity at which two dated clauses naming their event by the
    #: same noun ("the fault was detected on 11 February", "since the fault on
    #: 10 February") are compared, when their dates are ``date_strong_days`` apart or less.
    date_event_similarity: float = 0.15
    #: Similarity above which two statements (their quotes, or their sentences
    #: without the speaker) say the same thing (attribution conflicts).
    statement_similarity: float = 0.85
    #: Relative tolerance between figures in converted units (feet and metres);
    #: rounding is allowed for separately, at each figure's last significant digit.
    numeric_tolerance: float = 0.02
    #: Relative gap between intervals at or above which a numeric conflict is "high".
    high_gap: float = 0.5
    #: Nearest neighbours per claim when an event is too large for all pairs.
    top_k: int = 30
    #: Claims in one bucket (claims that could state one fact: same kind and
    #: counted thing) above which candidates come from each claim's top-k
    #: neighbours and facts are the connected components of aligned pairs, so
    #: alignment time grows linearly with the event. Real events stay far below
    #: it (the largest bucket in the fixtures and ECB+ has about 220 claims).
    all_pairs_limit: int = 500
    #: Cosine distance (1 - similarity) of title+lead embeddings below which
    #: reports of a feed without event ids are grouped into one event.
    group_distance: float = 0.5
    #: Days apart beyond which two dated reports of a feed are never grouped
    #: into one event, however alike their words (0: no limit).
    group_days: int = 90
    #: Within ``group_days``, cosine distance added per day two dated reports
    #: of a feed lie apart beyond ``group_grace_days``: one story's coverage
    #: comes out within days, so two look-alike stories weeks apart (a
    #: Scottish teachers' pay ballot in March, a Uruguayan one in May) stay two.
    group_day_distance: float = 0.004
    #: Days apart that cost two reports of a feed nothing (see ``group_day_distance``).
    group_grace_days: int = 14
    #: Largest report accepted, in bytes.
    max_report_bytes: int = 5_000_000
    #: Most reports accepted in one event before the user is told to split it.
    max_reports_per_event: int = 5000
    #: Lowest severity that makes the exit code 1.
    fail_on: str = "low"

    def replace(self, **changes: Any) -> Settings:
        """A copy with some fields changed; unknown names are a ConfigError."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ConfigError(
                f"unknown setting(s) {', '.join(unknown)}; known settings are: {', '.join(sorted(known))}"
            )
        for f in fields(self):
            if f.name in changes:
                changes[f.name] = _coerce(f.name, changes[f.name], type(getattr(self, f.name)))
        return dataclasses.replace(self, **changes)


SEVERITIES = ("low", "medium", "high")


def _coerce(name: str, value: Any, kind: type) -> Any:
    """``value`` as the setting's type; a ConfigError naming the setting otherwise."""
    if kind is float and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if kind is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind is str and isinstance(value, str):
        return value
    raise ConfigError(f"setting {name} must be a {kind.__name__}, not {value!r}")


def load_settings(pyproject: Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then ``[tool.checker]`` from ``pyproject``, then ``overrides``."""
    settings = Settings()
    path = pyproject if pyproject is not None else Path("pyproject.toml")
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read TOML ({exc}); fix the file or pass --config") from exc
        table = data.get("tool", {}).get("checker", {})
        if table:
            settings = settings.replace(**{k.replace("-", "_"): v for k, v in table.items()})
    elif pyproject is not None:
        raise ConfigError(f"{path}: no such config file")
    settings = settings.replace(**{k: v for k, v in overrides.items() if v is not None})
    if settings.fail_on not in SEVERITIES:
        raise ConfigError(f"fail_on must be one of {', '.join(SEVERITIES)}, not {settings.fail_on!r}")
    return settings
