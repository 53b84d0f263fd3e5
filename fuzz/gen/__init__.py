"""Graph generation (NeuRI step iii): hybrid symbolic (z3) and concrete (replayed) ops."""
