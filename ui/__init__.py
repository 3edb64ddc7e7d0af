"""The desktop front end (PySide6): the only package of Serambi that imports Qt."""
