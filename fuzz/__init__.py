"""The fuzzer: API traces, rule inference, graph generation, campaigns (NeuRI-style)."""
