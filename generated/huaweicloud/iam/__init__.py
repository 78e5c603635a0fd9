# Generated from huaweicloud/iam/ by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The iam service."""
