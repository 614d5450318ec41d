"""Pub/sub (broadcaster with hardened backends), channel names, subscription generators."""
