# Buckets made by a module with for_each, versioned from the root through the
# module's output. Terraform records only "module.<name>" (and each.*) for
# for_each = module.x / each.value.bucket_id and for module.x[each.key].bucket_id:
# the instance is the one with the referrer's own key.
provider "aws" {
  region = "us-east-1"
}

module "vbuckets" {
  source   = "./modules/bucket"
  for_each = toset(["a", "b"])
  name     = "srm-fixture-ver-mod-v${each.key}"
}

resource "aws_s3_bucket_versioning" "each_value" {
  for_each = module.vbuckets
  bucket   = each.value.bucket_id
  versioning_configuration {
    status = "Enabled"
  }
}

module "ibuckets" {
  source   = "./modules/bucket"
  for_each = toset(["a", "b"])
  name     = "srm-fixture-ver-mod-i${each.key}"
}

# Only "a" is versioned: "b" must be reported.
resource "aws_s3_bucket_versioning" "indexed" {
  for_each = toset(["a"])
  bucket   = module.ibuckets[each.key].bucket_id
  versioning_configuration {
    status = "Enabled"
  }
}
