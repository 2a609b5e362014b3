"""The command line: arguments, and the subcommands that run without a window."""
