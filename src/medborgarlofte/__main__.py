"""`python -m medborgarlofte` runs the `pledge` command."""

from medborgarlofte.cli.app import main

if __name__ == "__main__":
    main()
