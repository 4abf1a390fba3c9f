"""The Jinja2 environment of the reports: templates in ``templates/``, autoescaping on
(every value is text unless it is :class:`markupsafe.Markup` built by this package)."""

from __future__ import annotations

from pathlib import Path

import jinja2

from helpers.reports.tables import human_date

TEMPLATES = Path(__file__).with_name("templates")
_ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.filters["human_date"] = human_date


def render(template: str, **context) -> str:
    """Render ``templates/<template>`` with ``context``; raises
    :class:`jinja2.UndefinedError` if the template uses a name not given."""
    return _ENV.get_template(template).render(**context)
