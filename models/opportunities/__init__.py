"""Training offers from outside bodies (Peluang pelatihan) and sending staff to them."""
