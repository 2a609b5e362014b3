"""Schema version 6: an event may say whether its JP counts as competency development.

Until now every attended session counted towards a person's yearly JP, so the library's
programmes for the public (a book club, a literacy class for pupils) counted like a
training. Whether a kind counts is a setting; the new column lets one event differ from
its kind. Existing events get NULL: they follow their kind.
"""

from peewee import BooleanField


def up(migrator, db):
    migrator.migrate(migrator.add_column("event", "counts_as_development",
                                         BooleanField(null=True)))
