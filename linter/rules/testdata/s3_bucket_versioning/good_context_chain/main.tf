# Buckets four modules deep, each level passing module.this.context down as
# cloudposse modules do, with for_each over a local built on
# module.this.enabled. Following those references once per path took
# exponential time (minutes at two levels); each step is resolved once.
provider "aws" {
  region = "us-east-1"
}

module "store" {
  source  = "./modules/l1"
  context = module.this.context
}
