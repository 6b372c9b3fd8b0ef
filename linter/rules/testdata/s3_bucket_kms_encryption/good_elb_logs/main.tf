# Load balancer access-log buckets: ELB delivers only to buckets with SSE-S3,
# so SSE-S3 is right there. One bucket is named by an aws_lb's access_logs,
# the other grants log delivery in its policy (the terraform-aws-modules
# s3-bucket attach_elb_log_delivery_policy / attach_lb_log_delivery_policy
# pattern).
provider "aws" {
  region = "us-east-1"
}

data "aws_vpc" "default" {
  default = true
}

data "aws_subnets" "default" {
  filter {
    name   = "vpc-id"
    values = [data.aws_vpc.default.id]
  }
}

resource "aws_s3_bucket" "alb_logs" {
  bucket = "srm-fixture-kms-alb-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "alb_logs" {
  bucket = aws_s3_bucket.alb_logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_lb" "app" {
  name               = "app"
  load_balancer_type = "application"
  subnets            = data.aws_subnets.default.ids
  access_logs {
    bucket  = aws_s3_bucket.alb_logs.id
    prefix  = "app"
    enabled = true
  }
}

resource "aws_s3_bucket" "elb_logs" {
  bucket = "srm-fixture-kms-elb-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "elb_logs" {
  bucket = aws_s3_bucket.elb_logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

data "aws_iam_policy_document" "elb_logs" {
  statement {
    sid       = "ELBAccountLogDelivery"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.elb_logs.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::127311923021:root"]
    }
  }
  statement {
    sid       = "ELBServiceLogDelivery"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.elb_logs.arn}/*"]
    principals {
      type        = "Service"
      identifiers = ["logdelivery.elasticloadbalancing.amazonaws.com"]
    }
  }
}

resource "aws_s3_bucket_policy" "elb_logs" {
  bucket = aws_s3_bucket.elb_logs.id
  policy = data.aws_iam_policy_document.elb_logs.json
}
