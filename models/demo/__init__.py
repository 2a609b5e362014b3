"""The demo database: a believable year and a half of the Tanjungpinang library office."""
