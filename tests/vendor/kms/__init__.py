"""Contract tests of the Huawei KMS v1.0 specs."""
