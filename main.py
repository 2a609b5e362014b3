"""SiBina — Sistem Informasi Pembinaan Pustakawan.

Start the window (``uv run main.py``, ``--demo`` for example data) or run a subcommand
(``uv run main.py --help``).
"""

import sys


def main(argv: list[str] | None = None) -> int:
    from ui import i18n
    from ui.cli import entry as cli

    argv = sys.argv[1:] if argv is None else list(argv)
    window, language = cli.prescan(argv)
    app = cli.make_application(window, argv)
    i18n.install(app, language)
    parser = cli.build_parser()
    args = parser.parse_args(argv)
    if args.command:
        return cli.run(args)
    if not window:  # prescan and argparse disagree: never build widgets without a screen
        parser.error(cli.translate("Cli", "unexpected arguments for the window"))
    from ui.app import run_window

    return run_window(app, args)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        import multiprocessing

        # A packaged SiBina starts its certificate-drawing processes through itself.
        multiprocessing.freeze_support()
    sys.exit(main())
