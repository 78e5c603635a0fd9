"""Contract tests of the Huawei Cloud VPC specs (stacksdk.vpc.v1, stacksdk.vpc.v2_0)."""
