# Generated from specs/ by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""stacksdk: typed clients for OpenStack-compatible clouds, generated from YAML specs.  Import a
service module, e.g. ``import stacksdk.identity.v3 as identity``; the hand-written core is
``stacksdk.runtime``."""
