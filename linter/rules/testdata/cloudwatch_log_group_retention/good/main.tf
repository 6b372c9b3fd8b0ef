provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_log_group" "year" {
  name              = "year"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "longer" {
  name              = "longer"
  retention_in_days = 3653
}

# 0 and an omitted retention keep events forever.
resource "aws_cloudwatch_log_group" "forever" {
  name              = "forever"
  retention_in_days = 0
}

resource "aws_cloudwatch_log_group" "default" {
  name = "default"
}
