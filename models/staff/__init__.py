"""The staff list and outside people: their records, NIP and names, imports from SIMPEG."""
