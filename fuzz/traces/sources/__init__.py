"""Where traces come from: OpInfo, a transformers model zoo, a torch.nn layer zoo, schemas."""
