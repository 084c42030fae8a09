"""The pure core: no files, no terminal, no clock (`today` is a parameter).

Four rooms, each a sub-package: `schema` (the file's model, validation, cross-record checks,
personal identity numbers), `progress` (what is done and what the figures mean, one module per
goal kind), `drafting` (a pledge file from a published text, next year's from this year's) and
`entries` (what a person types or imports, turned into records).
"""
