"""XLSForm expressions: tokens.py, a Pratt parser (parser.py) building a frozen tree (tree.py)
that evaluates against a Context (context.py) with JavaRosa's values (values.py) and function
library (functions.py). Nothing is ever passed to eval/exec. Below every other wing."""
