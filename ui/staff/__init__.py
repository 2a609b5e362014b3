"""The Staff tab (Pegawai): the list, a person's form and history, the import."""
