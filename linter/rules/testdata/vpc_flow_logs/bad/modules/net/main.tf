variable "cidrs" {
  type = list(string)
}

resource "aws_vpc" "this" { # want "VPC module.net.aws_vpc.this\[0\] has no flow log" "VPC module.net.aws_vpc.this\[1\] has no flow log"
  count      = length(var.cidrs)
  cidr_block = var.cidrs[count.index]
}

# A subnet flow log does not cover the VPC.
resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.this[0].id
  cidr_block = cidrsubnet(var.cidrs[0], 8, 0)
}

resource "aws_flow_log" "subnet" {
  subnet_id            = aws_subnet.a.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::srm-fixture-flow-logs"
}
