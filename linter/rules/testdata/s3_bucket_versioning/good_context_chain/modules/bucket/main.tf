locals {
  enabled = module.this.enabled
  buckets = local.enabled ? toset(["data", "logs"]) : toset([])
}

resource "aws_s3_bucket" "default" {
  for_each      = local.buckets
  bucket_prefix = "${module.this.id}-${each.key}-"
  tags          = module.this.tags
}

# each.key leads back through local.buckets to module.this.enabled, and from
# there through every level's label module.
resource "aws_s3_bucket_versioning" "default" {
  for_each = local.buckets
  bucket   = aws_s3_bucket.default[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}
