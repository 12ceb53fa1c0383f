"""``python -m stats.cli`` runs the command line."""

from stats.cli import main

main()
