"""Progress on a day: the shared types, one rule module per goal kind, and the report content."""
