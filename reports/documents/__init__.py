"""One module per document: each renderer takes the data of reports.data and a path."""
