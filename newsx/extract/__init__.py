"""One module per kind of result: dates, quotes, figures, events."""
