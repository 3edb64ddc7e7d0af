"""Platform connectors: one package per platform behind the small contract in `base`."""
