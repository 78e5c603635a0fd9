"""Contract tests of the Huawei IAM v3 specs."""
