# Generated from huaweicloud/elb/ by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The elb service."""
