"""The dealgraph command line."""
