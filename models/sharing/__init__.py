"""Working on one database with others: who is working (actor), the office's PostgreSQL
server (server, server_check), saving only over what a form loaded (stamps) and noticing
what other PCs changed (changes)."""
