"""Extraction quality against labelled data sets. Imports `dealgraph.extract`, never the store."""
