# Generated from key-manager/ by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The key-manager service."""
