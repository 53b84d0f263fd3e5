"""Input values for generated graphs: ranges that keep eager finite."""
