variable "cidrs" {
  type = map(string)
}

resource "aws_vpc" "this" {
  for_each   = var.cidrs
  cidr_block = each.value
}

resource "aws_cloudwatch_log_group" "flow" {
  name              = "flow-logs"
  retention_in_days = 365
}

resource "aws_flow_log" "this" {
  for_each        = aws_vpc.this
  vpc_id          = each.value.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = "arn:aws:iam::123456789012:role/flow-logs"
}
