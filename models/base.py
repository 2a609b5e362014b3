import datetime

from peewee import Model

from models.db import db


def now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False
