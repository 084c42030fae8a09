"""`python -m medborgarlofte` runs the `pledge` command."""

from medborgarlofte.cli.console import console

if __name__ == "__main__":
    console()
