"""Schema version 4: the theme list starts with the seed article's themes.

Until now only the demo data made themes, so an office's event form offered none. A file
whose list is still empty gets the defaults; one that has themes keeps its own.
"""


def up(migrator, db):
    from models.events.themes import seed_defaults

    seed_defaults(db)
