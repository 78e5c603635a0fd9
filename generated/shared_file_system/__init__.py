# Generated from shared-file-system/ by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The shared-file-system service."""
