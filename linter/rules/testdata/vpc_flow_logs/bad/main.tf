provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc" "plain" { # want "medium: VPC aws_vpc.plain has no flow log"
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "accepted" { # want "medium: VPC aws_vpc.accepted has flow logs for ACCEPT traffic only"
  cidr_block = "10.1.0.0/16"
}

resource "aws_flow_log" "accepted" {
  vpc_id               = aws_vpc.accepted.id
  traffic_type         = "ACCEPT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::srm-fixture-flow-logs"
}

module "net" {
  source = "./modules/net"
  cidrs  = ["10.2.0.0/16", "10.3.0.0/16"]
}
