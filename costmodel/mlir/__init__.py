"""Reading MLIR text: canonical forms for hashing, and structure for features."""
