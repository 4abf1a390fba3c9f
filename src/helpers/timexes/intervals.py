"""Calendar intervals of TIMEX3 values: the first and last day that ``2021``, ``2021-07``,
``2025-12-13``, ``2021-W05``, ``2021-Q3``, the season ``1986-FA`` or the decade ``199X`` covers (value syntax of
TimeML 1.2.1, https://www.timeml.org/publications/timeMLdocs/timeml_1.2.1.html).

One implementation for the whole package: :mod:`helpers.events.extract` fills ``date_start`` and
``date_end`` with it, :mod:`helpers.events.dates` and :mod:`helpers.events.merge` use it to
tell calendar values from the rest and to compare dates, and :mod:`helpers.analysis.timeline`
adapts it to pandas timestamps for the claims check.
"""

from __future__ import annotations

import datetime as dt
import re

CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4])|-(SP|SU|FA|WI))?(?:T.*)?$")
# TimeML seasons (``1986-FA``) as meteorological seasons of the northern hemisphere: spring
# March-May, summer June-August, fall September-November, winter December to February of the
# next year (first month, number of months); TimeML 1.2.1 names the seasons, not their months.
SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def timex_interval(value: str | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The first and last day a TIMEX3 calendar value covers.

    Args:
        value: a TIMEX3 value: ``2021``, ``2021-07``, ``2025-12-13``, ``2021-W05``,
            ``2021-Q3``, ``1986-FA`` (seasons: :data:`SEASONS`), ``2021-07-01T10:00``; decades
            ``199`` / ``199X``.

    Returns:
        (start, end) as datetimes at midnight (end = the last day, inclusive), or
        (None, None) for non-calendar values (``PAST_REF``, ``P2D``, None).

    Examples:
        >>> timex_interval("2021-07")
        (datetime.datetime(2021, 7, 1, 0, 0), datetime.datetime(2021, 7, 31, 0, 0))
    """
    if not isinstance(value, str):
        return None, None
    decade = re.match(r"^(\d{3})X?$", value)
    if decade:
        y = int(decade.group(1)) * 10
        return dt.datetime(y, 1, 1), dt.datetime(y + 9, 12, 31)
    m = CALENDAR.match(value)
    if not m:
        return None, None
    year, month, day, week, quarter, season = m.groups()
    y = int(year)
    if day:
        start = dt.datetime(y, int(month), int(day))
        return start, start
    if month:
        start = dt.datetime(y, int(month), 1)
        nxt = dt.datetime(y + (start.month == 12), start.month % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    if week:
        start = dt.datetime.fromisocalendar(y, int(week), 1)
        return start, start + dt.timedelta(days=6)
    if quarter:
        q = int(quarter)
        start = dt.datetime(y, 3 * q - 2, 1)
        nxt = dt.datetime(y + (q == 4), (3 * q) % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    if season:
        start = dt.datetime(y, SEASONS[season], 1)
        nxt = dt.datetime(y + (start.month + 3 > 12), (start.month + 2) % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    return dt.datetime(y, 1, 1), dt.datetime(y, 12, 31)
