"""Rule inference by inductive synthesis (NeuRI step ii): DSL, partial ops, synthesis,
validation against torch, and the rule library."""
