"""`python -m warta.cli` = the `warta` command."""

from warta.cli.app import main

main()
