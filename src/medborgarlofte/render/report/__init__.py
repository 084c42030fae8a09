"""The follow-up report in every format: HTML page, Markdown, CSV, XLSX, from one content model."""
