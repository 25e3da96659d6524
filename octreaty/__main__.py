"""``python -m octreaty``."""

from .cli import main

main()
