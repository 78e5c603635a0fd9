# Generated from instance-ha/ by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The instance-ha service."""
