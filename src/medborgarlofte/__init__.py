"""medborgarlofte: keep a Swedish medborgarlöfte (citizen promise) in one YAML file."""

__version__ = "0.1.0"
