"""API traces: recording real ATen calls, valid and invalid, from real code (NeuRI step i)."""
