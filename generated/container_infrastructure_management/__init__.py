# Generated from container-infrastructure-management/ by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The container-infrastructure-management service."""
