"""`python -m medborgarlofte` runs the `pledge` command."""

from medborgarlofte.cli.app import main

main()
