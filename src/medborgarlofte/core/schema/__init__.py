"""The pledge file as data: the pydantic model, validation to problems, cross-record checks."""
