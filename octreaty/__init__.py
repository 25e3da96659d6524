"""octreaty: on what legal basis, and through which channel, can two countries
cooperate against organised crime?

The library answers; the CLI (``octreaty.cli``) is one thin client::

    from octreaty import load_data, Queries
    q = Queries(load_data())
    q.link("ALB", "ITA", date.today())
"""

from __future__ import annotations

# the one place the version is written (pyproject.toml reads it from here)
__version__ = "0.1.0"

from .errors import ExitCode, OctreatyError  # noqa: E402
from .load import load as load_data  # noqa: E402
from .query import Queries  # noqa: E402
from .resolve import Resolver  # noqa: E402

__all__ = ["ExitCode", "OctreatyError", "Queries", "Resolver", "__version__", "load_data"]
