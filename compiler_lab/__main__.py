"""`python -m compiler_lab` is `clab`."""

from compiler_lab.cli import main

main()
