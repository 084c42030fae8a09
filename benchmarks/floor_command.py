"""A floor for any Typer command: one command that parses three options and prints a Rich
table, nothing else (no pydantic model of ours, no YAML). `bench_status.py` times it next
to `pledge status`: Typer 0.29 processes a command's parameters with pydantic adapters, so
running *any* command costs more than importing the libraries."""

import rich.console
import rich.table
import typer

app = typer.Typer()


@app.command()
def status(file: str = typer.Option(None, "--file"), as_of: str = typer.Option(None),
           by: str = "owner") -> None:
    table = rich.table.Table("Status", "Löfte")
    table.add_row("● i fas", "4 st riktade insatser")
    rich.console.Console().print(table)


@app.command()
def other() -> None:
    """A second command, so that Typer dispatches as in `pledge`."""


if __name__ == "__main__":
    app()
