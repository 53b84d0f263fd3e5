"""Fuzz campaigns: deterministic batches, batched compiles, a durable store, reports."""
