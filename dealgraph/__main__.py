"""`python -m dealgraph …`: the same command line as the `dealgraph` script."""

from dealgraph.cli.main import app

if __name__ == "__main__":
    app(prog_name="dealgraph")
