"""Errors the lab reports to users: one line that names the file or node and the problem."""

from __future__ import annotations


class LabError(Exception):
    """Bad input from the user (file, graph, option). The CLI prints it and exits with 2."""


class GraphError(LabError):
    """A malformed graph: the message names the node (or input) and what is wrong."""
