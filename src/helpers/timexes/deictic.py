"""Normalisers of deictic and anaphoric time expressions, durations, sets and clock times.

Expressions whose value depends on the publication date or an earlier mention
("yesterday", "on Monday", "last week", "the following month", "two days ago", "a year
earlier", "the latest quarter", "5 p.m."), vague references ("recently", "the future"),
durations ("two days", "the first nine months") and sets ("weekly", "every Monday"),
each turned into a :class:`helpers.timexes.anchor.Resolution`.
:data:`DEICTIC_NORMALISERS` maps a candidate kind of :mod:`helpers.timexes.rules` to its
normaliser ``f(match, ctx) -> Resolution``.
"""
from __future__ import annotations

import datetime as dt
import re

from helpers.timexes.anchor import (
    FINER, NO_DCT, Resolution, dated, resolve_anaphoric, resolve_relative,
)
from helpers.timexes.calendar import (
    day_num, duration_value, month_num, month_year, parse_number, shift_date, weekday_date,
)
from helpers.timexes.rules import PARTS, WEEKDAYS, unit_name


def _norm_deictic(m, ctx):
    word = (m.groupdict().get("w") or "").lower()
    part = (m.groupdict().get("part") or "").lower()
    if word == "tonight":
        part = "night"
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1 if part == "night" else 0}.get(word, 0)

    def compute(dct):
        day = dct + dt.timedelta(days=offset)
        if part:
            return Resolution("TIME", f"{day.isoformat()}T{PARTS[part]}", "time", "publication", day)
        return dated(day, "day", "publication")
    return resolve_relative(ctx, compute)


def _norm_weekday(m, ctx):
    rel = (m["rel"] or "").lower()
    part = (m["part"] or "").lower()

    def compute(dct):
        day = weekday_date(WEEKDAYS[m["wd"].lower()], dct, rel=rel, tense=ctx.tense())
        if part:
            return Resolution("TIME", f"{day.isoformat()}T{PARTS[part]}", "time", "publication", day)
        return dated(day, "day", "publication")
    return resolve_relative(ctx, compute)


def _norm_calendar(m, ctx):
    rel, unit = m["rel"].lower(), m["unit"].lower()
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    gran = unit
    return resolve_relative(ctx, lambda dct: dated(shift_date(dct, unit, shift), gran, "publication"))


REFS = {"current": "PRESENT_REF", "future": "FUTURE_REF", "near future": "FUTURE_REF", "near term": "FUTURE_REF",
        "short term": "FUTURE_REF", "long term": "FUTURE_REF", "past": "PAST_REF",
        "recently": "PAST_REF", "recent": "PAST_REF", "previously": "PAST_REF",
        "currently": "PRESENT_REF", "these days": "PRESENT_REF", "nowadays": "PRESENT_REF",
        "soon": "FUTURE_REF"}


def _ref(word: str, ctx) -> Resolution:
    if ctx.dct is None:
        return Resolution("DATE", None, None, NO_DCT)
    return Resolution("DATE", REFS[word], None, "publication")


def _norm_calendar_the(m, ctx):
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if rel in REFS:
        return _ref(rel, ctx)
    if rel == "weekend":
        def compute(dct):
            sat = weekday_date(5, dct, tense=ctx.tense())
            return dated(sat, "weekend", "publication")
        return resolve_relative(ctx, compute)
    shift = -1 if rel == "quarter" else 0  # "the quarter": the latest complete one (reporting)
    return resolve_relative(ctx, lambda dct: dated(shift_date(dct, rel, shift), rel, "publication"))


def _norm_anaphor(m, ctx):
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    part = PARTS.get(unit)
    gran = "day" if part else unit
    shift = {"the following": 1, "the next": 1, "after": 1, "the previous": -1, "the prior": -1,
             "the preceding": -1, "before": -1}.get(rel, 0)

    def compute(base, _gran):
        day = shift_date(base, gran, shift)
        if part:
            return Resolution("TIME", f"{day.isoformat()}T{part}", "time", "previous", day)
        return dated(day, gran, "previous")
    return resolve_anaphoric(ctx, gran, compute)


def _norm_ago(m, ctx):
    n, unit, rel = parse_number(m["n"]), unit_name(m["unit"]), m["rel"].lower()
    if unit in ("second", "minute", "hour"):
        unit, unit_gran, step = "day", "day", 0
    else:
        unit, step = ("week", 2) if unit == "fortnight" else (unit, 1)
        unit_gran = "month" if unit == "quarter" else unit
    if n is None:
        return _ref("recently" if rel in ("ago", "earlier") else "future", ctx)
    sign = 1 if rel == "later" else -1

    def compute(base, gran=unit_gran):
        res = dated(shift_date(base, unit, sign * n * step), gran, "publication")
        res.landmark = False
        return res
    if rel == "ago":
        prev = ctx.previous("year") if unit == "year" else None
        if prev is not None and prev[1] == "quarter":
            # "profit rose from $5 million a year ago" after "third-quarter profit": that quarter
            res = compute(prev[0], "quarter")
            res.anchor = "previous"
            return res
        return resolve_relative(ctx, compute)
    prev = ctx.previous(unit_gran)
    if prev is None:
        return resolve_relative(ctx, compute)
    # "a year earlier" than the third quarter is a quarter: keep the anchor's granularity.
    res = compute(prev[0], prev[1] if FINER[prev[1]] > FINER[unit_gran] else unit_gran)
    res.anchor = "previous"
    return res


def _norm_year_adj(m, ctx):
    """"year-earlier", "year-ago": one year before the period under discussion.

    The period is the last DATE finer than a year ("the quarter ended Sept. 30"); a
    following "quarter" or "period" sets the granularity to the quarter. With no such
    DATE (or after a year such as "last year"), the year before the DCT's. Company
    results compare quarters, so a day ("the quarter ended Sept. 30") gives its quarter."""
    noun = (m.groupdict().get("noun") or "").lower()
    prev = ctx.previous("year")
    if prev is None or prev[1] == "year":
        if noun == "quarter":  # the latest complete quarter, a year before
            return resolve_relative(ctx, lambda dct: dated(shift_date(dct, "month", -15), "quarter", "publication"))
        return resolve_relative(ctx, lambda dct: dated(shift_date(dct, "year", -1), "year", "publication"))
    gran = prev[1] if prev[1] in ("month", "season") and not noun else "quarter"
    res = dated(shift_date(prev[0], "year", -1), gran, "previous")
    res.landmark = False
    return res


REPORTING_PERIOD = re.compile(r"(?i)\bthe\s+(?:(?:first|latest|same)\s+)?$")


def _norm_duration(m, ctx):
    n = parse_number(m["n"]) if m["n"].lower() not in ("several", "multi") else None
    unit = unit_name(m["unit"])
    half = bool(m.groupdict().get("half") or m.groupdict().get("half2"))
    res = Resolution("DURATION", duration_value(n, unit, half=half), "duration", "absolute")
    before = m.string[:m.start("n")]
    if unit in ("month", "week") and ctx.dct is not None and REPORTING_PERIOD.search(before):
        # "the (first) nine months": a reporting period within the year; "a year earlier"
        # after it is the previous year, not the previous quarter
        res.date, res.landmark_gran = dt.date(ctx.dct.year, 1, 1), "year"
    return res


def _norm_vague(m, ctx):
    return Resolution("DURATION", duration_value(None, unit_name(m["w"])), "duration", "absolute")


SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
             "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "quarterly": "P1Q"}


def _norm_set(m, ctx):
    if m.groupdict().get("wd"):
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", "set", "absolute")
    if m.groupdict().get("mon"):
        return Resolution("SET", f"XXXX-{month_num(m['mon']):02d}", "set", "absolute")
    if m.groupdict().get("unit"):
        return Resolution("SET", duration_value(1, unit_name(m["unit"])), "set", "absolute")
    return Resolution("SET", SET_WORDS[m["w"].lower()], "set", "absolute")


def _norm_ref(m, ctx):
    if m.groupdict().get("unit"):  # "recent years": a vague duration, as TimeBank mostly has it
        return Resolution("DURATION", duration_value(None, unit_name(m["unit"])), "duration", "absolute")
    return _ref(m["w"].lower(), ctx)


def _norm_latest(m, ctx):
    """"the latest quarter": the quarter under discussion, else the last complete one."""
    prev = ctx.previous("quarter")
    if prev is not None and prev[1] == "quarter":
        res = dated(prev[0], "quarter", "previous")
        res.landmark = False
        return res
    return resolve_relative(ctx, lambda dct: dated(shift_date(dct, "quarter", -1), "quarter", "publication"))


def _norm_clock(m, ctx):
    if m.groupdict().get("w"):
        hhmm = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["w"].lower()]
    else:
        hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
        hhmm = f"{hour:02d}:{m['mi'] or '00'}"

    def compute(dct):
        day = dct
        if m["wd"]:
            day = weekday_date(WEEKDAYS[m["wd"].lower()], dct, tense=ctx.tense())
        elif m["mon"]:  # "5 p.m. EST Nov. 9"
            month = month_num(m["mon"])
            day = dt.date(month_year(month, dct, ctx.tense()), month, day_num(m["d"]))
        return Resolution("TIME", f"{day.isoformat()}T{hhmm}", "time", "publication", day)
    return resolve_relative(ctx, compute)


DEICTIC_NORMALISERS = {
    "latest": _norm_latest, "deictic": _norm_deictic, "weekday": _norm_weekday,
    "calendar": _norm_calendar, "calendar_the": _norm_calendar_the,
    "anaphor": _norm_anaphor, "ago": _norm_ago, "year_adj": _norm_year_adj,
    "span": _norm_duration, "duration": _norm_duration, "duration_adj": _norm_duration,
    "vague": _norm_vague, "set": _norm_set, "set_every": _norm_set, "ref": _norm_ref,
    "clock": _norm_clock,
}
