"""Schema version 1: the whole domain as first designed.

A new database is created from the models and this step is recorded without running, so
there is nothing to do here.
"""


def up(migrator, db):
    pass
