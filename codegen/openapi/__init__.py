"""OpenAPI in and out: our specs as OpenAPI 3.1 documents, and back.

    python -m stacksdk.codegen export-openapi --out DIR        export.py: every service version
    python -m stacksdk.codegen import-openapi DOC --service TYPE --version V --out DIR
                                                               importer.py (native.py for our own exports)
    python -m stacksdk.codegen drift DOC                       drift.py: our specs against a document

docs/openapi.md describes the mapping and the ``x-stacksdk-*`` keys.
"""
