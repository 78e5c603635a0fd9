# Generated from object-store/ by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The object-store service."""
