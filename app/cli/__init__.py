"""`serambi ...`: the command line, a thin layer over the services in `app/` (docs/cli.md)."""
