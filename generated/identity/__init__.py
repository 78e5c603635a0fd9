# Generated from identity/ by stacksdk.codegen. Do not edit: change the spec and regenerate.
"""The identity service."""
