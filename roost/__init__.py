"""Roost: the service around the GraphQL schema (settings, app factory, auth, CLI)."""
