"""Use cases: validation, policy checks for writes, transactions; dataloaders live here too."""
