"""Contract tests of the Huawei Cloud VPC specs (stacksdk.huaweicloud.vpc.v1, stacksdk.huaweicloud.vpc.v2_0)."""
