# Generated from load-balancer/ by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The load-balancer service."""
