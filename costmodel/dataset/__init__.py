"""The cost dataset: measured MLIR samples, versioned JSONL."""
