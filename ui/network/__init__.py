"""The Jejaring tab: the network directory and the training offers."""
