"""casualty-stats rendering: HTML and PDF briefings built from the validated figures.

Kept apart from :mod:`stats` so that pipelines importing the core never pay for
jinja2, WeasyPrint or matplotlib.
"""
