"""stacksdk's code generator: YAML specs -> typed Python modules.

Needs the ``codegen`` extra (jinja2, jsonschema, black); the generated
modules do not.
"""

from .cli import generate, main

__all__ = ["generate", "main"]
