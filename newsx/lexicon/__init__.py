"""Word lists as data, one module per theme; rule modules import what they need."""
