"""Forms: an XLSForm file into a Form (xlsform.py, the only pyxform import; tree.py), the form
model (model.py), the dependency graph of its expressions (graph.py), what `form check` says of
it (check.py), its languages (languages.py) and the catalogue of forms a user has (catalog.py)."""
