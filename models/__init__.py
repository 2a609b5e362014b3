"""SiBina's domain layer: Peewee models and the operations the office performs.

Nothing here imports Qt; the UI and the command line call in, never the reverse.
"""
