module "inner" {
  source  = "../l2"
  context = module.this.context
  name    = "inner"
}
