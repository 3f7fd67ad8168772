"""Analyses over the store, shared by the CLI, the HTML report and the API."""
