"""Measurement: units (whole graphs, IREE dispatches), collectors, and the measuring runs."""
