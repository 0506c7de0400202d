"""XLSForm expressions: tokens.py, a Pratt parser (parser.py) building a frozen tree (tree.py)
that evaluates against a Context (context.py) with JavaRosa's values (values.py) and function
library (functions.py). Nothing is ever passed to eval/exec. Below every other wing."""

from surveyor.core.expressions.context import Context
from surveyor.core.expressions.parser import Expr, parse
from surveyor.core.expressions.tokens import ExpressionError
from surveyor.core.expressions.values import is_empty, to_boolean, to_number, to_string

__all__ = ["Context", "Expr", "ExpressionError", "is_empty", "parse", "to_boolean", "to_number",
           "to_string"]
