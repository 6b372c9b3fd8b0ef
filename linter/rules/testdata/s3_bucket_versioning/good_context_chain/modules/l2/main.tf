module "bucket" {
  source  = "../bucket"
  context = module.this.context
  name    = "data"
}
