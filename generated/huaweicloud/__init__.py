# Generated from huaweicloud/ by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""huaweicloud's own services."""
