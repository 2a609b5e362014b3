"""Several office PCs on one database at once, each its own process (pc.py), on the SQLite
file (WAL) and on the PostgreSQL server alike. Two PCs issuing certificates at once is
tests/models/certificates/test_issuing_at_once.py."""
