# Secrets planted for TestSecretsNeverPrinted: values the plan marks
# sensitive must not appear in any output format, messages included.
provider "aws" {
  region = "us-east-1"
}

variable "bucket_name" {
  type      = string
  sensitive = true
  default   = "srm-secret-bucket-7c1e9a"
}

resource "aws_s3_bucket" "hidden" {
  bucket = var.bucket_name
}

# A public ACL on that bucket: the finding's message names the bucket.
resource "aws_s3_bucket_acl" "hidden" {
  bucket = aws_s3_bucket.hidden.id
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "hidden" {
  bucket            = var.bucket_name
  block_public_acls = false
}

resource "aws_secretsmanager_secret" "db" {
  name = "srm-fixture-db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = "s3cr3t-string-9f2d41"
}

resource "aws_db_instance" "db" {
  identifier          = "srm-fixture-db"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "hunter2-db-password-31c7"
  skip_final_snapshot = true
}

# A CloudFront origin with a secret custom header: Terraform marks the whole
# origin (a set element) sensitive, origin_id included. Only the header
# value is secret; the origin ID is the name of a bucket the findings
# mention, shown unmarked there, and must stay readable.
resource "aws_s3_bucket" "site" {
  bucket = "srm-fixture-site-3a7f"
}

resource "aws_s3_bucket_acl" "site" {
  bucket = aws_s3_bucket.site.id
  acl    = "public-read"
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin {
    domain_name = "origin.example.com"
    origin_id   = "srm-fixture-site-3a7f"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
    custom_header {
      name  = "X-Origin-Verify"
      value = sensitive("origin-verify-5e2b8d")
    }
  }
  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "srm-fixture-site-3a7f"
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
