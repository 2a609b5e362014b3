"""The home screen (Beranda): what needs doing today, each item opening where it is done."""
