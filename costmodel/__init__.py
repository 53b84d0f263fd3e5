"""The cost model: MLIR parsing, features, measurement, datasets, models, serving."""
