# Generated from huaweicloud/evs/ by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The evs service."""
