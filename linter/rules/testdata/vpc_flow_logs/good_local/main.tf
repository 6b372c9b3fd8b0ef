# Flow logs that reach their VPC through local values, as
# terraform-aws-modules/vpc does (vpc_id = local.vpc_id). The plan JSON omits
# locals; srmlint follows them in the .tf source.
provider "aws" {
  region = "eu-west-1"
}

locals {
  vpc_id  = aws_vpc.main.id
  vpc_ids = { for k, v in aws_vpc.app : k => v.id }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "app" {
  for_each   = toset(["blue", "green"])
  cidr_block = each.key == "blue" ? "10.1.0.0/16" : "10.2.0.0/16"
}

resource "aws_cloudwatch_log_group" "flow" {
  name              = "vpc-flow-logs"
  retention_in_days = 365
  kms_key_id        = "arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555"
  tags = {
    DataClassification = "internal"
  }
}

resource "aws_flow_log" "main" {
  vpc_id          = local.vpc_id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = "arn:aws:iam::123456789012:role/flow-logs"
}

resource "aws_flow_log" "app" {
  for_each        = local.vpc_ids
  vpc_id          = each.value
  traffic_type    = "REJECT"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = "arn:aws:iam::123456789012:role/flow-logs"
}
