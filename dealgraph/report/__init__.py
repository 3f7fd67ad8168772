"""The investor report, as Markdown or as a single offline HTML file."""
